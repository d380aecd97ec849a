import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../problems/format-problem';
import { loadOutOfScope } from './load-out-of-scope';

const fixtures = fileURLToPath(new URL('../fixtures', import.meta.url));

describe('loadOutOfScope', () => {
  it('loads the bundled list as a map from guidance id to reason', () => {
    const list = loadOutOfScope();
    expect(list.ok).toBe(true);
    if (list.ok) for (const reason of list.value.values()) expect(reason.length).toBeGreaterThanOrEqual(10);
  });

  it('requires a real reason for each item and reports misspelt fields', () => {
    const list = loadOutOfScope(`${fixtures}/coverage/broken-out-of-scope.yaml`);
    expect(list.ok).toBe(false);
    if (list.ok) return;
    expect(list.error.map((p) => formatProblem(p, { relativeTo: fixtures }))).toEqual([
      'coverage/broken-out-of-scope.yaml:2:32  outOfScope[0].reason  needs at least 10 characters  (write at least 10 characters in `reason`)',
      'coverage/broken-out-of-scope.yaml:3:5  outOfScope[1].reason  missing required field "reason"  (add `reason:` (string))',
      'coverage/broken-out-of-scope.yaml:3:22  outOfScope[1].reson  unknown key `reson`  (did you mean `reason`? allowed keys here: id, reason)',
    ]);
  });
});
