import { relative } from 'node:path';
import { formatPath } from './format-path';
import type { LocatedProblem } from './problem';

/**
 * One problem as one line: `file:line:col  path  message  (fix)`. Warnings say so, with their stable rule
 * name, before the message (`warning[best-is-longest]: ...`), so an author can look the rule up or filter it.
 * `relativeTo` shortens the file name (the CLI passes the working directory).
 *
 * @example
 * formatProblem({ file: 'a.yaml', line: 12, col: 7, path: ['start'], severity: 'error',
 *   message: 'unknown beat "arival"', fix: 'did you mean "arrival"?', rule: 'unknown-beat' })
 * // 'a.yaml:12:7  start  unknown beat "arival"  (did you mean "arrival"?)'
 */
export function formatProblem(problem: LocatedProblem, options: { relativeTo?: string } = {}): string {
  const file = options.relativeTo ? relative(options.relativeTo, problem.file) || problem.file : problem.file;
  const message =
    problem.severity === 'warning' ? `warning[${problem.rule}]: ${problem.message}` : problem.message;
  const fix = problem.fix ? `  (${problem.fix})` : '';
  return `${file}:${problem.line}:${problem.col}  ${formatPath(problem.path)}  ${message}${fix}`;
}
