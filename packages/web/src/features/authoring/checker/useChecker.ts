import { useEffect, useRef, useState } from 'react';
import type { CheckerResponse, CheckerSetup, CheckResult } from './checkTypes';

/**
 * Why no check is coming: the worker stopped, or it answered with a failure (its message is the checker's,
 * in English). The workspace says it in the interface language.
 */
export type CheckerFailure = { kind: 'stopped' } | { kind: 'failed'; message: string };

/**
 * Checks `text` in a Web Worker after each pause in typing (`delayMs`), keeping only the newest answer.
 * Until `setup` (rubric and sources) arrives nothing is checked.
 *
 * @example
 * const { result, checking } = useChecker(text, setup);
 */
export function useChecker(text: string, setup: CheckerSetup | undefined, delayMs = 150) {
  const worker = useRef<Worker | null>(null);
  const latest = useRef(0);
  const [result, setResult] = useState<CheckResult | undefined>();
  // The last result whose text loaded: the map and analysis stay on screen while the author fixes a typo.
  const [lastLoaded, setLastLoaded] = useState<CheckResult | undefined>();
  const [checking, setChecking] = useState(false);
  const [failure, setFailure] = useState<CheckerFailure | undefined>();

  useEffect(() => {
    if (!setup) return;
    const w = new Worker(new URL('./checker.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (event: MessageEvent<CheckerResponse>) => {
      const message = event.data;
      if (message.id !== latest.current) return; // an older text: a newer check is on its way
      setChecking(false);
      if (message.type === 'failed') setFailure({ kind: 'failed', message: message.message });
      else {
        setFailure(undefined);
        setResult(message.result);
        if (message.result.loaded) setLastLoaded(message.result);
      }
    };
    w.onerror = () => {
      setChecking(false);
      setFailure({ kind: 'stopped' });
    };
    w.postMessage({ type: 'setup', setup });
    worker.current = w;
    return () => {
      w.terminate();
      worker.current = null;
    };
  }, [setup]);

  useEffect(() => {
    const w = worker.current;
    if (!w || !setup) return;
    setChecking(true);
    const timer = setTimeout(() => {
      latest.current += 1;
      w.postMessage({ type: 'check', id: latest.current, text });
    }, delayMs);
    return () => clearTimeout(timer);
  }, [text, setup, delayMs]);

  return { result, lastLoaded, checking, failure };
}
