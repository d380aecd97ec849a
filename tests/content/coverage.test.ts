import { readFileSync } from 'node:fs';
import {
  COVERAGE_DOC,
  coverageDocument,
  createRegistry,
  loadOutOfScope,
  loadSources,
} from '@doorway/scenarios';
import { describe, expect, it } from 'vitest';

/**
 * Items not taught by a contrasting decision yet, while the scenarios are rewritten for issue 10 (honest
 * decisions). A ratchet: the test fails when an item outside this list is not taught, and when an item in
 * it becomes taught (remove it then). Issue 10 closes only with this list empty.
 */
const NOT_TAUGHT_YET: readonly string[] = [];

describe('guidance coverage', () => {
  const sources = loadSources();
  const outOfScope = loadOutOfScope();
  if (!sources.ok || !outOfScope.ok) throw new Error('sources.yaml or out-of-scope.yaml does not load');
  const { rows, markdown } = coverageDocument(createRegistry(), sources.value, outOfScope.value);

  it('teaches every seed guidance item by a contrasting decision, or lists it as out of scope with a reason', () => {
    const uncovered = rows
      .filter(
        (r) => r.decisions.length === 0 && r.outOfScope === undefined && !NOT_TAUGHT_YET.includes(r.item.id),
      )
      .map(
        (r) =>
          `${r.item.id}: cite it on a best option and on a non-best option of one decision that teaches it ("${r.item.text}")`,
      );
    expect(uncovered).toEqual([]);
  });

  it('the list of items not taught yet only shrinks (remove an item once a decision teaches it)', () => {
    const taughtNow = NOT_TAUGHT_YET.filter(
      (id) => (rows.find((r) => r.item.id === id)?.decisions.length ?? 0) > 0,
    );
    expect(taughtNow, 'remove these from NOT_TAUGHT_YET in tests/content/coverage.test.ts').toEqual([]);
  });

  it('lists as out of scope only items that exist and that no decision teaches', () => {
    const ids = new Set(sources.value.guidance.map((g) => g.id));
    const stale = [...outOfScope.value.keys()].filter(
      (id) => !ids.has(id) || (rows.find((r) => r.item.id === id)?.decisions.length ?? 0) > 0,
    );
    expect(stale, 'remove these from packages/scenarios/src/coverage/out-of-scope.yaml').toEqual([]);
  });

  it('docs/coverage.md is current (`pnpm doorway coverage --write`)', () => {
    const current = readFileSync(COVERAGE_DOC, 'utf8').split('\n');
    const wanted = markdown.split('\n');
    let i = 0;
    while (i < Math.max(current.length, wanted.length) && current[i] === wanted[i]) i++;
    // Compare the first differing line only, so the failure says where the report went stale.
    expect(
      `docs/coverage.md:${i + 1}: ${current[i] ?? '(end of file)'}`,
      'run `pnpm doorway coverage --write`',
    ).toBe(`docs/coverage.md:${i + 1}: ${wanted[i] ?? '(end of file)'}`);
  });
});
