import { TEST_WISE_LIMITS, type TestWiseFigures } from '@doorway/engine';

const LABEL = {
  longest: 'always the longest',
  shortest: 'always the shortest',
  first: 'always the first',
  last: 'always the last',
  reassuring: 'most reassuring words',
} as const;

/**
 * The "Test-wise trainee" section of `doorway analyze`: each strategy's result and the best options' figures,
 * with `<-` marking what breaks a limit.
 *
 * @example
 * testWiseLines(analysis.testWise)[1] // '  always the longest: fails (score 41, ending walked-out, negative)'
 */
export function testWiseLines(f: TestWiseFigures): string[] {
  const lines = ['Test-wise trainee (file order, assessment mode; each must fail):'];
  for (const s of f.strategies) {
    const ending = s.endingId ? `ending ${s.endingId}, ${s.outcome}` : 'no ending';
    const critical = s.critical ? ', critical error' : '';
    lines.push(
      `  ${LABEL[s.strategy]}: ${s.passed ? 'PASSES' : 'fails'} (score ${s.overall}, ${ending}${critical})${s.passed ? '  <- can be gamed' : ''}`,
    );
  }
  const decisions = new Set(f.best.map((b) => b.beatId)).size;
  const longest = new Set(f.best.filter((b) => b.longest).map((b) => b.beatId)).size;
  const over = f.bestLongestShare > TEST_WISE_LIMITS.bestLongestShare;
  lines.push(
    `  best option is the longest: ${longest} of ${decisions} decisions (${Math.round(f.bestLongestShare * 100)}%, at most ${TEST_WISE_LIMITS.bestLongestShare * 100}%)${over ? '  <- over' : ''}`,
  );
  const medianOver = f.bestWordsMedian >= TEST_WISE_LIMITS.bestWordsMedianBelow;
  const maxOver = f.bestWordsMax > TEST_WISE_LIMITS.bestWordsMax;
  lines.push(
    `  best option words: median ${f.bestWordsMedian} (under ${TEST_WISE_LIMITS.bestWordsMedianBelow})${medianOver ? '  <- over' : ''}, max ${f.bestWordsMax} (at most ${TEST_WISE_LIMITS.bestWordsMax})${maxOver ? '  <- over' : ''}`,
  );
  return lines;
}
