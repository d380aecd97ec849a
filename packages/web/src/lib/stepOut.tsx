import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';

/** Shared state of the "Step out" pause: whether it is open, and which run (if any) is on screen. */
export interface StepOutState {
  open: boolean;
  runId: string | undefined;
  setOpen: (open: boolean) => void;
  setRunId: (runId: string | undefined) => void;
}

const StepOutContext = createContext<StepOutState | null>(null);

/**
 * Holds the step-out state for the whole app: the header button opens it, the player registers
 * its run so "End here" knows what to end, and the player pauses while it is open.
 *
 * @example
 * <StepOutProvider><App /></StepOutProvider>
 */
export function StepOutProvider({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const [runId, setRunId] = useState<string | undefined>(undefined);
  const value = useMemo(() => ({ open, runId, setOpen, setRunId }), [open, runId]);
  return <StepOutContext.Provider value={value}>{children}</StepOutContext.Provider>;
}

/**
 * Reads the step-out state.
 *
 * @example
 * const { open, setOpen } = useStepOut();
 */
export function useStepOut(): StepOutState {
  const state = useContext(StepOutContext);
  if (!state) throw new Error('useStepOut needs a <StepOutProvider> above it');
  return state;
}

/**
 * Tells the step-out panel which run is on screen while the calling component is mounted.
 *
 * @example
 * useStepOutRun(runId);
 */
export function useStepOutRun(runId: string | undefined): void {
  const { setRunId } = useStepOut();
  useEffect(() => {
    setRunId(runId);
    return () => setRunId(undefined);
  }, [runId, setRunId]);
}
