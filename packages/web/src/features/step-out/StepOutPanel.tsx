import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'wouter';
import { ErrorNotice } from '../../components/ErrorNotice';
import type { ApiError } from '../../lib/http';
import { keys } from '../../lib/queries';
import { exitRun } from '../../lib/runCommands';
import { useStepOut } from '../../lib/stepOut';
import './step-out.css';

/**
 * The Step out pause: a modal dialog (the run behind it is inert, so nothing moves on) with grounding
 * ideas, the National Human Trafficking Hotline, and the reassurance that stopping is fine.
 * "Resume" closes it where the trainee was; "End here" exits the run and opens its debrief.
 * `onEnd` replaces the server call for a run played in the browser (an LMS package).
 *
 * @example
 * <StepOutPanel />
 */
export function StepOutPanel({ onEnd }: { onEnd?: (() => void) | undefined } = {}) {
  const { open, setOpen, runId } = useStepOut();
  const ref = useRef<HTMLDialogElement>(null);
  const resumeRef = useRef<HTMLButtonElement>(null);
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const [ending, setEnding] = useState(false);
  const [error, setError] = useState<ApiError | undefined>(undefined);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
      // Start on "Resume": the gentlest way on, and not the hotline link the browser would pick first.
      resumeRef.current?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  const endHere = async () => {
    if (!runId) return;
    if (onEnd) {
      onEnd();
      setOpen(false);
      return;
    }
    setEnding(true);
    setError(undefined);
    const result = await exitRun(runId);
    setEnding(false);
    // An already-ended run has a debrief too: a 409 here still leads there.
    if (!result.ok && !(result.error.kind === 'http' && result.error.status === 409)) {
      setError(result.error);
      return;
    }
    await queryClient.invalidateQueries({ queryKey: keys.run(runId) });
    // Drop any earlier debrief: the page must not show it while the new one loads.
    queryClient.removeQueries({ queryKey: keys.debrief(runId) });
    setOpen(false);
    navigate(`/runs/${runId}/debrief`);
  };

  return (
    <dialog
      ref={ref}
      className="step-out"
      aria-labelledby="step-out-heading"
      onClose={() => setOpen(false)}
      onCancel={() => setOpen(false)}
    >
      <h2 id="step-out-heading">Take a moment</h2>
      <p>
        {runId
          ? 'The conversation is paused. Nothing moves on until you come back, and your place is saved.'
          : 'Nothing here moves on without you.'}{' '}
        It is fine to stop. This material is heavy, and looking after yourself is part of doing this work
        well.
      </p>
      <h3>Some ways to ground yourself</h3>
      <ul>
        <li>
          Breathe in slowly while you count to four, hold for a moment, and breathe out while you count to
          six.
        </li>
        <li>Press your feet into the floor and notice the chair holding you up.</li>
        <li>Look around and name five things you can see, four you can hear, three you can touch.</li>
        <li>Get up, stretch, drink some water, or look out of a window for a few minutes.</li>
        <li>Talk it over with a colleague, your supervisor or someone you trust.</li>
      </ul>
      <h3>If you or someone you know needs help</h3>
      <p>
        National Human Trafficking Hotline, 24 hours a day: call <a href="tel:+18883737888">1-888-373-7888</a>{' '}
        or text <a href="sms:233733">233733</a>.
      </p>
      {error ? <ErrorNotice error={error} title="The run could not be ended" /> : null}
      <div className="actions">
        <button type="button" className="button" onClick={() => setOpen(false)} ref={resumeRef}>
          {runId ? 'Resume' : 'Close'}
        </button>
        {runId ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void endHere()}
            disabled={ending}
          >
            {ending ? 'Ending…' : 'End here'}
          </button>
        ) : null}
      </div>
    </dialog>
  );
}
