import { useEffect, useRef } from 'react';

/**
 * Calls `onNumber(n)` (1-based) when a digit key 1–9 is pressed on the page, unless the trainee is
 * typing in a field, holds a modifier, or `enabled` is false (a request is pending, Step out is open).
 *
 * @example
 * useNumberKeys(view.choices.length, (n) => choose(view.choices[n - 1]), !pending);
 */
export function useNumberKeys(count: number, onNumber: (n: number) => void, enabled: boolean): void {
  const handler = useRef(onNumber);
  handler.current = onNumber;
  useEffect(() => {
    if (!enabled || count === 0) return;
    const listener = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.repeat) return;
      if (isTypingTarget(event.target)) return;
      const n = Number(event.key);
      if (!Number.isInteger(n) || n < 1 || n > Math.min(count, 9)) return;
      event.preventDefault();
      handler.current(n);
    };
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, [count, enabled]);
}

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
