import type { Problem } from '../problems/problem';

/**
 * Words the engine's problems the way an author of a scenario file needs them: an unknown `next` target
 * also says what `next` may name; a schema problem about a text value that its message does not quote
 * gets the value in front. (Absent fields are worded by the engine's one translator, `zodProblems`.)
 *
 * @example
 * clarifyProblem({ path: ['id'], message: 'must be kebab-case', rule: 'schema', ... }, { id: 'Bad Id' })
 * // { message: '"Bad Id": must be kebab-case', ... }
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
