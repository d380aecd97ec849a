import { describe, expect, it } from 'vitest';
import { loadFixture } from '../fixtures/load';
import { reassuringScore } from './reassuring-words';
import { testWise, wordCount } from './test-wise';
import { testWiseProblems } from './test-wise-problems';

type Opt = { id: string; text: string; verdict: 'best' | 'acceptable' | 'harmful' };

/** A scenario of `beats` decisions in a row, each offering `options` (evidence: best +2, harmful -2). */
function chain(options: Opt[][]) {
  const ids = options.map((_, i) => `b${i}`);
  const beats = Object.fromEntries(
    options.map((opts, i) => [
      ids[i],
      {
        lines: [{ speaker: 'sam', text: 'Hm.' }],
        choices: opts.map((o) => ({
          id: o.id,
          text: o.text,
          verdict: o.verdict,
          evidence: { safety: o.verdict === 'best' ? 2 : o.verdict === 'harmful' ? -2 : 0 },
          feedback: 'Why.',
          sources: ['seed:001'],
          next: ids[i + 1] ?? 'end',
        })),
      },
    ]),
  );
  return loadFixture({
    id: 'chain',
    version: '1.0.0',
    title: 'Chain',
    summary: 'Decisions in a row.',
    trainee: 'advocate',
    estimatedMinutes: 1,
    contentNotes: ['none'],
    objectives: ['decide'],
    cast: { sam: { name: 'Sam', role: 'survivor' } },
    start: 'b0',
    phases: { only: { title: 'Only', beats } },
    endings: { end: { title: 'End', outcome: 'positive', debrief: 'Done.' } },
  });
}

const honest: Opt[][] = [
  [
    {
      id: 'warm-promise',
      text: "Don't worry, you're safe here now, I promise we'll help.",
      verdict: 'harmful',
    },
    { id: 'name-role', text: "I'm Sam, an advocate. You set the pace.", verdict: 'best' },
    { id: 'hello', text: 'Hi there.', verdict: 'acceptable' },
  ],
  [
    { id: 'form', text: "Let's do the form.", verdict: 'acceptable' },
    { id: 'water', text: 'Water?', verdict: 'best' },
    {
      id: 'everything',
      text: 'Tell me everything that happened from the very start, in order.',
      verdict: 'harmful',
    },
  ],
  [
    { id: 'ask-safe', text: 'Is it safe to talk right now?', verdict: 'best' },
    {
      id: 'rescue',
      text: 'I can call the police right now so this stops tonight, okay?',
      verdict: 'harmful',
    },
    { id: 'later', text: 'Later, maybe.', verdict: 'acceptable' },
  ],
];

describe('testWise', () => {
  it('passes the strategies that spot a scenario whose best option is always the longest and first', () => {
    const keyed = chain(
      honest.map((opts) => {
        const best = opts.find((o) => o.verdict === 'best') as Opt;
        return [
          { ...best, text: `${best.text} And here is a lot more explanation, which makes it the longest.` },
          ...opts.filter((o) => o !== best).map((o) => ({ ...o, text: 'Short.' })),
        ];
      }),
    );
    const f = testWise(keyed);
    const passed = f.strategies.filter((s) => s.passed).map((s) => s.strategy);
    // With no soothing words anywhere, "most reassuring" falls back on file order and passes too.
    expect(passed).toEqual(['longest', 'first', 'reassuring']);
    expect(f.bestLongestShare).toBe(1);
    expect(testWiseProblems(keyed, f).map((p) => p.rule)).toEqual([
      'test-wise-longest',
      'test-wise-first',
      'test-wise-reassuring',
      'best-is-longest',
    ]);
  });

  it('fails every strategy when length, position and soothing words do not give the answer away', () => {
    const c = chain(honest);
    const f = testWise(c);
    expect(f.strategies.map((s) => [s.strategy, s.passed])).toEqual([
      ['longest', false],
      ['shortest', false],
      ['first', false],
      ['last', false],
      ['reassuring', false],
    ]);
    expect(f.strategies.find((s) => s.strategy === 'reassuring')?.decisions).toBe(3);
    expect(f.bestLongestShare).toBe(0);
    expect({ median: f.bestWordsMedian, max: f.bestWordsMax }).toEqual({ median: 7, max: 8 });
    expect(testWiseProblems(c, f)).toEqual([]);
  });

  it('flags a best option over 70 words at its text, and a median of 40 words or more', () => {
    const long = Array.from({ length: 71 }, () => 'word').join(' ');
    const c = chain([
      [
        { id: 'harm', text: `${long} and then some more words`, verdict: 'harmful' },
        { id: 'monologue', text: long, verdict: 'best' },
        { id: 'ok', text: 'Fine.', verdict: 'acceptable' },
      ],
    ]);
    const problems = testWiseProblems(c, testWise(c)).filter((p) => p.rule === 'best-option-words');
    expect(problems.map((p) => [p.path.join('.'), p.message])).toEqual([
      ['', 'best options have a median of 71 words (under 40 is one breath of speech)'],
      ['phases.only.beats.b0.choices.1.text', 'best option `monologue` has 71 words (at most 70)'],
    ]);
  });
});

describe('reassuringScore and wordCount', () => {
  it('counts soothing words and phrases whole-word, with curly apostrophes too', () => {
    expect(reassuringScore('You\u2019re safe now. Don\u2019t worry, I promise.')).toBe(3);
    expect(reassuringScore('Safety first; okay?')).toBe(2);
    // "safe" inside "unsafe" and "ok" inside "token" are not reassurance.
    expect(reassuringScore('That sounds unsafe; keep the token.')).toBe(0);
  });
  it('counts spoken words, not punctuation', () => {
    expect(wordCount('  Take your time.  ')).toBe(3);
    expect(wordCount('Well — maybe.')).toBe(2);
  });
});
