import type { Problem, Result } from '@doorway/engine';

// The engine's shapes, used as they are: a content problem is an engine Problem with a position.
export type { Problem, Result };

/** A problem with the position in its file that the loader found for its path (1-based line and column). */
export interface LocatedProblem extends Problem {
  file: string;
  line: number;
  col: number;
}

/**
 * A problem about a whole file (it cannot be read, it repeats a version, …), placed at its first line.
 *
 * @example
 * fileProblem('x.yaml', { rule: 'file', message: 'file not found', fix: 'check the path' })
 */
export function fileProblem(
  file: string,
  p: Pick<Problem, 'rule' | 'message' | 'fix'> & { path?: Problem['path'] },
): LocatedProblem {
  return {
    file,
    line: 1,
    col: 1,
    path: p.path ?? [],
    severity: 'error',
    rule: p.rule,
    message: p.message,
    fix: p.fix,
  };
}
