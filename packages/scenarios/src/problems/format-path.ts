/**
 * Writes a path into a content file the way authors read it: keys joined by dots, list indexes in brackets.
 *
 * @example
 * formatPath(['phases', 'intake', 'beats', 'arrival', 'choices', 2, 'next'])
 * // 'phases.intake.beats.arrival.choices[2].next'
 */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out === '' ? '(top level)' : out;
}
