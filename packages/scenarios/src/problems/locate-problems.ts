import { locate } from '../yaml/locate';
import type { ParsedYaml } from '../yaml/parsed-yaml';
import type { LocatedProblem, Problem } from './problem';

/**
 * Gives each problem the line and column its path points at in the parsed file.
 *
 * @example
 * locateProblems(parsed, [{ path: ['start'], ... }]) // [{ file, line: 14, col: 8, path: ['start'], ... }]
 */
export function locateProblems(parsed: ParsedYaml, problems: readonly Problem[]): LocatedProblem[] {
  return problems.map((p) => ({
    ...p,
    file: parsed.file,
    ...locate(parsed, p.path, { atKey: isAboutKey(p) }),
  }));
}

/**
 * Errors first, then warnings, each in file order.
 *
 * @example
 * sortProblems([warning, error]) // [error, warning]
 */
export function sortProblems(problems: readonly LocatedProblem[]): LocatedProblem[] {
  const rank = (p: LocatedProblem) => (p.severity === 'error' ? 0 : 1);
  return [...problems].sort(
    (a, b) => rank(a) - rank(b) || a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col,
  );
}

// A problem that names the last key of its path (`unknown key \`verdit\``) is about the key, not its value.
function isAboutKey(problem: Problem): boolean {
  const last = problem.path[problem.path.length - 1];
  if (typeof last !== 'string') return false;
  return problem.message.includes(`\`${last}\``) || problem.message.includes(`"${last}"`);
}
