import { describe, expect, it } from 'vitest';
import { kitchenSinkRaw } from '../fixtures/kitchen-sink';
import { loadFixture } from '../fixtures/load';
import { play } from '../fixtures/play';
import { applyStep } from './apply-step';
import { feedbackFor } from './feedback';
import { startRun } from './start-run';
import { transcriptOf } from './transcript';

const c = loadFixture(kitchenSinkRaw);

describe('transcriptOf', () => {
  it('interleaves arrivals, the trainee words and reactions along the effective path', () => {
    const s = play(c, ['universal-policy', 'ask-if-safe'], { seed: 3 });
    const t = transcriptOf(c, s);
    expect(t.filter((l) => l.kind === 'trainee').map((l) => l.text)).toEqual([
      'We meet everyone alone for part of the visit.',
      'Is it safe for you to answer that here?',
    ]);
    const firstTrainee = t.findIndex((l) => l.kind === 'trainee');
    expect(t[firstTrainee + 1]).toMatchObject({ kind: 'speech', text: 'Fine. I will wait outside.' });
    expect(t.some((l) => l.text === 'Her phone buzzes. She stiffens.')).toBe(true);
  });
  it('leaves out rewound decisions', () => {
    const s = play(c, ['universal-policy', 'ask-if-safe', 'trust-me']);
    const r = applyStep(c, s, { kind: 'rewind', toDecision: 2 });
    if (!r.ok) throw new Error(r.error.code);
    expect(transcriptOf(c, r.value).some((l) => l.text === 'You can trust me.')).toBe(false);
  });
});

describe('feedbackFor', () => {
  it('gives the verdict, why, sources and the best alternative', () => {
    expect(feedbackFor(c, 'arrival', 'let-rosa-interpret')).toEqual({
      beatId: 'arrival',
      choiceId: 'let-rosa-interpret',
      verdict: 'harmful',
      critical: true,
      text: 'A companion may be the trafficker; never let them interpret.',
      sources: ['seed:001#interpreter-guidelines'],
      best: { choiceId: 'universal-policy', text: 'We meet everyone alone for part of the visit.' },
    });
    expect(feedbackFor(c, 'arrival', 'universal-policy').best).toBeUndefined();
  });
  it('with the state before the choice, suggests only a best option that was offered', () => {
    const raw = JSON.parse(JSON.stringify(kitchenSinkRaw));
    // Hide the best option at arrival unless a flag is set (it never is).
    raw.phases.intake.beats.arrival.choices[0].when = { flag: 'askedPhone' };
    raw.phases.intake.beats.arrival.choices.push({
      id: 'wait',
      text: 'Let us wait a moment.',
      verdict: 'acceptable',
      feedback: 'Waiting changes nothing.',
      next: 'arrival',
    });
    const hidden = loadFixture(raw);
    const before = startRun(hidden, { seed: 1, mode: 'coach' });
    expect(feedbackFor(hidden, 'arrival', 'let-rosa-interpret').best?.choiceId).toBe('universal-policy');
    expect(feedbackFor(hidden, 'arrival', 'let-rosa-interpret', before).best).toBeUndefined();
  });
  it('throws for a choice that does not exist (a programmer error)', () => {
    expect(() => feedbackFor(c, 'arrival', 'nope')).toThrow(/no choice/);
  });
});
