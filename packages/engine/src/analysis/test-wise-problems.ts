import type { CompiledScenario } from '../compile/compiled-scenario';
import { beatPath } from '../model/paths';
import type { Problem } from '../runtime/types';
import { TEST_WISE_LIMITS, type TestWiseFigures, type TestWiseStrategy } from './test-wise';

const HABIT: Record<TestWiseStrategy, string> = {
  longest: 'always choosing the longest option',
  shortest: 'always choosing the shortest option',
  first: 'always choosing the first option (in file order)',
  last: 'always choosing the last option (in file order)',
  reassuring: 'always choosing the option with the most reassuring words',
};

const FIX: Record<TestWiseStrategy, string> = {
  longest:
    'shorten best options to one breath (facts go in the feedback) and make some wrong options long and warm',
  shortest: 'make some wrong options short and plausible, or let a short best option be less common',
  first: 'move the best option to other positions in the file at some decisions',
  last: 'move the best option to other positions in the file at some decisions',
  reassuring: 'give the soothing words to over-promises and well-meant rescues, and keep best options plain',
};

const pct = (x: number) => `${Math.round(x * 100)}%`;

/**
 * Warnings (stable rules `test-wise-<strategy>`, `best-is-longest`, `best-option-words`) where a test-wise
 * trainee could spot the best option by its length, position or tone instead of by practice.
 *
 * @example
 * testWiseProblems(compiled, testWise(compiled)).map((p) => p.rule) // ['test-wise-longest', 'best-is-longest']
 */
export function testWiseProblems(compiled: CompiledScenario, figures: TestWiseFigures): Problem[] {
  const problems: Problem[] = [];
  for (const s of figures.strategies) {
    if (!s.passed) continue;
    problems.push({
      severity: 'warning',
      rule: `test-wise-${s.strategy}`,
      path: [],
      message: `${HABIT[s.strategy]} passes the scenario (score ${s.overall}, ending \`${s.endingId ?? 'none'}\`): the score can be gamed`,
      fix: FIX[s.strategy],
    });
  }
  const decisions = new Set(figures.best.map((b) => b.beatId)).size;
  if (figures.bestLongestShare > TEST_WISE_LIMITS.bestLongestShare) {
    const at = [...new Set(figures.best.filter((b) => b.longest).map((b) => b.beatId))];
    problems.push({
      severity: 'warning',
      rule: 'best-is-longest',
      path: [],
      message: `the best option is the longest at ${at.length} of ${decisions} decisions (${pct(figures.bestLongestShare)}; at most ${pct(TEST_WISE_LIMITS.bestLongestShare)}): ${at.join(', ')}`,
      fix: 'shorten the best option, or lengthen a plausible wrong one, at some of these decisions',
    });
  }
  if (figures.best.length > 0 && figures.bestWordsMedian >= TEST_WISE_LIMITS.bestWordsMedianBelow) {
    problems.push({
      severity: 'warning',
      rule: 'best-option-words',
      path: [],
      message: `best options have a median of ${figures.bestWordsMedian} words (under ${TEST_WISE_LIMITS.bestWordsMedianBelow} is one breath of speech)`,
      fix: 'say one thing at a time; a distressed person, often through an interpreter, cannot follow a monologue',
    });
  }
  for (const b of figures.best) {
    if (b.words <= TEST_WISE_LIMITS.bestWordsMax) continue;
    const info = compiled.index.beats.get(b.beatId);
    const i = info?.beat.choices.findIndex((c) => c.id === b.choiceId) ?? -1;
    problems.push({
      severity: 'warning',
      rule: 'best-option-words',
      path: info ? [...beatPath(info), 'choices', i, 'text'] : [],
      message: `best option \`${b.choiceId}\` has ${b.words} words (at most ${TEST_WISE_LIMITS.bestWordsMax})`,
      fix: 'keep what she needs to hear now; move the facts into the feedback',
    });
  }
  return problems;
}
