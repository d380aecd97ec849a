import type { Problem } from '../problems/problem';

/**
 * Words the engine's schema problems the way an author needs them: one about a field that is absent
 * from its mapping becomes `missing required field "x"` (the schema alone says that "nothing" is not an
 * allowed value); one about a text value that its message does not quote gets the value in front.
 *
 * @example
 * clarifyProblem({ path: ['verdict'], message: 'nothing is not allowed here', fix: 'use one of: best, ...', rule: 'schema', ... }, {})
 * // { message: 'missing required field "verdict"', fix: 'add `verdict:`; use one of: best, ...', rule: 'missing-field', ... }
 */
export function clarifyProblem(problem: Problem, raw: unknown): Problem {
  if (problem.rule === 'unknown-target' && problem.fix.startsWith('did you mean')) {
    // The guess alone does not say what a `next` may name; authors new to the format need both.
    return {
      ...problem,
      fix: `${problem.fix} \`next\` names a beat, an ending, or \`return\` inside an interruption`,
    };
  }
  const field = problem.path[problem.path.length - 1];
  if (problem.rule !== 'schema' || typeof field !== 'string') return problem;
  const parent = valueAt(raw, problem.path.slice(0, -1));
  if (parent === null || typeof parent !== 'object' || Array.isArray(parent)) return problem;
  if (!(field in parent)) {
    return {
      ...problem,
      rule: 'missing-field',
      message: `missing required field "${field}"`,
      fix: `add \`${field}:\`; ${problem.fix}`,
    };
  }
  const value = (parent as Record<string, unknown>)[field];
  return typeof value === 'string' && !problem.message.includes(value)
    ? { ...problem, message: `"${value}": ${problem.message}` }
    : problem;
}

function valueAt(raw: unknown, path: readonly (string | number)[]): unknown {
  let node = raw;
  for (const part of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[part];
  }
  return node;
}
