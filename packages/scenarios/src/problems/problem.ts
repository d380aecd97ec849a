/**
 * A problem found in a content file, as the engine reports it (same shape as the engine's `Problem`):
 * where (a path into the raw object), what, how to fix it, and a stable rule name.
 */
export interface Problem {
  severity: 'error' | 'warning';
  path: (string | number)[];
  message: string;
  fix: string;
  rule: string;
}

/** A problem with the position in its file that the loader found for its path (1-based line and column). */
export interface LocatedProblem extends Problem {
  file: string;
  line: number;
  col: number;
}

/** A loader result: the value, or every problem found (never a thrown error for bad content). */
export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };
