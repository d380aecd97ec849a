import type { CompiledScenario } from '../compile/compiled-scenario';
import { type Picker, walk } from '../runtime/walk';
import type { Choice, Ending } from '../schema/scenario';
import { report } from '../scoring/report';
import { reassuringScore } from './reassuring-words';

/** The answer-spotting habits of a test-wise trainee that must not pass a scenario. */
export const TEST_WISE_STRATEGIES = ['longest', 'shortest', 'first', 'last', 'reassuring'] as const;
export type TestWiseStrategy = (typeof TEST_WISE_STRATEGIES)[number];

/** The limits a scenario's best options must keep (issue 10): one breath of speech, not the longest. */
export const TEST_WISE_LIMITS = {
  /** Largest share of decisions at which the best option may be the longest. */
  bestLongestShare: 0.4,
  /** The median best option must have fewer words than this. */
  bestWordsMedianBelow: 40,
  /** No best option may have more words than this. */
  bestWordsMax: 70,
} as const;

/** What one strategy earned, played from the start in assessment mode. */
export interface StrategyResult {
  strategy: TestWiseStrategy;
  passed: boolean;
  overall: number;
  decisions: number;
  endingId?: string | undefined;
  outcome?: Ending['outcome'] | undefined;
  critical: boolean;
}

/** One decision's best option, measured. */
export interface BestOptionMeasure {
  beatId: string;
  choiceId: string;
  words: number;
  /** The best option is at least as long (in characters) as every other option of the beat. */
  longest: boolean;
}

/** The test-wise-trainee figures of a scenario (reported by `doorway analyze`, checked by lint). */
export interface TestWiseFigures {
  strategies: StrategyResult[];
  /** Every beat that offers a best option among two or more. */
  best: BestOptionMeasure[];
  bestLongestShare: number;
  bestWordsMedian: number;
  bestWordsMax: number;
}

/**
 * Words in an option as a listener hears them.
 *
 * @example
 * wordCount("Take your time.") // => 3
 */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

// Ties go to the option that comes first in the file: the trainee's habit, not the author's intent.
function maxBy(offered: Choice[], score: (c: Choice) => number): Choice | undefined {
  let best: Choice | undefined;
  let top = Number.NEGATIVE_INFINITY;
  for (const c of offered) {
    const s = score(c);
    if (s > top) {
      top = s;
      best = c;
    }
  }
  return best;
}

/** The pickers of the strategies, over options in file order. */
export const STRATEGY_PICKERS: Record<TestWiseStrategy, Picker> = {
  longest: (offered) => maxBy(offered, (c) => c.text.length),
  shortest: (offered) => maxBy(offered, (c) => -c.text.length),
  first: (offered) => offered[0],
  last: (offered) => offered[offered.length - 1],
  reassuring: (offered) => maxBy(offered, (c) => reassuringScore(c.text)),
};

function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/**
 * Plays each test-wise strategy (always the longest, shortest, first or last option in file order, or the
 * one with the most reassuring words) through the scenario in assessment mode, and measures the best
 * options: how often the best is the longest, and their length in words.
 *
 * @example
 * const f = testWise(compiled);
 * f.strategies.filter((s) => s.passed) // a strategy that passes means the score can be gamed
 * // a strategy can be played with another picker (e.g. reassuring words of another language):
 * testWise(compiled, { reassuring: mostReassuringInSpanish });
 */
export function testWise(
  compiled: CompiledScenario,
  pickers: Partial<Record<TestWiseStrategy, Picker>> = {},
): TestWiseFigures {
  const strategies = TEST_WISE_STRATEGIES.map((strategy): StrategyResult => {
    const picker = pickers[strategy] ?? STRATEGY_PICKERS[strategy];
    const state = walk(compiled, picker, { seed: 1, mode: 'assessment' });
    const r = report(compiled, state);
    return {
      strategy,
      passed: r.passed,
      overall: r.overall,
      decisions: state.path.length,
      endingId: r.ending?.id,
      outcome: r.ending?.outcome,
      critical: r.criticalErrors.length > 0,
    };
  });
  const best: BestOptionMeasure[] = [];
  for (const id of compiled.index.beatOrder) {
    const choices = compiled.index.beats.get(id)?.beat.choices ?? [];
    if (choices.length < 2) continue;
    const bests = choices.filter((c) => c.verdict === 'best');
    const others = choices.filter((c) => c.verdict !== 'best');
    if (bests.length === 0 || others.length === 0) continue;
    const otherMax = Math.max(...others.map((c) => c.text.length));
    for (const c of bests)
      best.push({ beatId: id, choiceId: c.id, words: wordCount(c.text), longest: c.text.length >= otherMax });
  }
  const decisions = new Set(best.map((b) => b.beatId));
  const longestAt = new Set(best.filter((b) => b.longest).map((b) => b.beatId));
  const words = best.map((b) => b.words);
  return {
    strategies,
    best,
    bestLongestShare: decisions.size === 0 ? 0 : longestAt.size / decisions.size,
    bestWordsMedian: median(words),
    bestWordsMax: words.length === 0 ? 0 : Math.max(...words),
  };
}
