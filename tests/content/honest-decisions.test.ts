import { TEST_WISE_LIMITS, type TestWiseFigures, testWise } from '@doorway/engine';
import { describe, expect, it } from 'vitest';
import { SHIPPED_IDS, scenario } from './shipped-content';
import { COMPLETE_IN_SPANISH, spanishTestWise } from './spanish-choices';

// Issue 10: a test-wise trainee must not be able to find the answer key by length, position or tone.
// The same rules are lint warnings (`test-wise-*`, `best-option-*`) for any scenario; for the shipped
// library they are failures. Scenarios still being rewritten are listed here; the list only shrinks.
const NOT_HONEST_YET: readonly string[] = [];

function figures(id: string) {
  const s = scenario(id);
  if (!s) throw new Error(`${id} does not load: run \`pnpm doorway lint\``);
  return testWise(s.compiled);
}

function breaches(id: string): string[] {
  return breachesOf(figures(id));
}

function breachesOf(f: TestWiseFigures): string[] {
  const out: string[] = [];
  for (const r of f.strategies) {
    // A strategy fails the scenario when the run does not pass, or ends negative.
    if (r.passed && r.outcome !== 'negative')
      out.push(`always the ${r.strategy} option passes (score ${r.overall}, ending ${r.endingId ?? 'none'})`);
  }
  if (f.bestLongestShare > TEST_WISE_LIMITS.bestLongestShare) {
    const n = f.best.filter((b) => b.longest).length;
    out.push(`the best option is the longest at ${n} of ${f.best.length} decisions (at most 40%)`);
  }
  if (f.bestWordsMedian >= TEST_WISE_LIMITS.bestWordsMedianBelow)
    out.push(`best options have a median of ${f.bestWordsMedian} words (under 40)`);
  for (const b of f.best.filter((x) => x.words > TEST_WISE_LIMITS.bestWordsMax))
    out.push(`${b.beatId}/${b.choiceId} is ${b.words} words (at most 70: move facts to the feedback)`);
  return out;
}

describe.each(SHIPPED_IDS.filter((id) => !NOT_HONEST_YET.includes(id)))('honest decisions: %s', (id) => {
  it('no test-wise strategy passes; best options are one breath and not the longest at most decisions', () => {
    expect(breaches(id), 'see `pnpm doorway analyze`').toEqual([]);
  });
});

// Issue 14: the same rules for the Spanish options of every complete Spanish table. Spanish runs longer than
// English, but what a test-wise trainee reads is relative (the longest, the shortest, the warmest option of a
// decision), so a translation must not make the best option stand out where the English does not.
describe.each(COMPLETE_IN_SPANISH)('honest decisions in Spanish: %s', (id) => {
  it('no test-wise strategy passes on the Spanish options; best options are one breath and not the longest', () => {
    const f = spanishTestWise(id);
    const longestAt = f.best.filter((b) => b.longest).map((b) => b.beatId);
    expect(breachesOf(f), `best is the longest in Spanish at: ${longestAt.join(', ')}`).toEqual([]);
  });
});

describe('the list of scenarios not honest yet', () => {
  it('only shrinks (remove a scenario once it meets the rules)', () => {
    const meetsNow = NOT_HONEST_YET.filter((id) => breaches(id).length === 0);
    expect(meetsNow, 'remove these from NOT_HONEST_YET in tests/content/honest-decisions.test.ts').toEqual(
      [],
    );
  });

  it('names only shipped scenarios', () => {
    expect(NOT_HONEST_YET.filter((id) => !(SHIPPED_IDS as readonly string[]).includes(id))).toEqual([]);
  });
});
