import { describe, expect, it } from 'vitest';
import { kitchenSinkRaw } from '../fixtures/kitchen-sink';
import { loadFixture } from '../fixtures/load';
import { play } from '../fixtures/play';
import { applyStep } from '../runtime/apply-step';
import { scoreOf } from './evidence';
import { report } from './report';

const c = loadFixture(kitchenSinkRaw);
const BEST = ['universal-policy', 'ask-if-safe', 'explain-role', 'door-open', 'welcome'];

describe('scoreOf', () => {
  it('places the sum between the bounds and clamps', () => {
    expect(scoreOf(3, { min: -2, max: 8 })).toBe(50);
    expect(scoreOf(-5, { min: -2, max: 8 })).toBe(0);
    expect(scoreOf(9, { min: -2, max: 8 })).toBe(100);
    expect(scoreOf(1, { min: 1, max: 1 })).toBe(100);
  });
});

describe('report', () => {
  it('has analysed bounds per evidenced competency', () => {
    expect(c.bounds).toEqual({
      safety: { min: -2, max: 4 },
      'language-access': { min: -3, max: 2 },
      trust: { min: -2, max: 3 },
      voice: { min: -2, max: 3 },
    });
  });
  it('the best path scores 100 and passes', () => {
    const r = report(c, play(c, BEST));
    expect(r.overall).toBe(100);
    expect(r.passed).toBe(true);
    expect(r.competencies.every((x) => x.score === 100)).toBe(true);
    expect(r.ending?.id).toBe('door-open');
    expect(r.decisions.map((d) => d.verdict)).toEqual(['best', 'best', 'best', 'best', 'best']);
  });
  it('weighted mean of competency scores, threshold decides', () => {
    const r = report(c, play(c, ['universal-policy', 'ask-if-safe', 'trust-me', 'ultimatum']));
    const score = Object.fromEntries(r.competencies.map((x) => [x.id, x.score]));
    expect(score).toEqual({ safety: 100, 'language-access': 100, trust: 0, voice: 0 });
    // safety weighs 2: (100*2 + 100 + 0 + 0) / 5
    expect(r.overall).toBe(60);
    expect(r.passed).toBe(false);
    expect(r.ending?.outcome).toBe('negative');
    const trustMe = r.decisions[2];
    expect(trustMe?.best).toMatchObject({ id: 'explain-role' });
    expect(trustMe?.prompt).toBeTruthy();
  });
  it('a run that ends at a negative ending does not pass, whatever its score (regression: going-back closed the file at 91)', () => {
    const lenient = loadFixture({ ...kitchenSinkRaw, passThreshold: 0 });
    const closed = report(
      lenient,
      play(lenient, ['universal-policy', 'ask-if-safe', 'trust-me', 'ultimatum']),
    );
    expect(closed.ending?.outcome).toBe('negative');
    expect(closed.criticalErrors).toEqual([]);
    expect(closed.overall).toBeGreaterThanOrEqual(0);
    expect(closed.passed).toBe(false);
    expect(report(lenient, play(lenient, BEST)).passed).toBe(true);
  });
  it('a critical error fails the run and is listed', () => {
    const r = report(c, play(c, ['universal-policy', 'take-phone']));
    expect(r.criticalErrors).toEqual([
      expect.objectContaining({ beatId: 'phone-buzzes', choiceId: 'take-phone' }),
    ]);
    expect(r.overall).toBe(Math.round((33 * 2 + 100 + 40 + 20) / 5));
    expect(r.passed).toBe(false);
  });
  it('an exited run is scored but cannot pass', () => {
    const s = play(c, ['universal-policy']);
    const exited = applyStep(c, s, { kind: 'exit' });
    if (!exited.ok) throw new Error('exit refused');
    const r = report(c, exited.value);
    expect(r.status).toBe('exited');
    expect(r.decisions).toHaveLength(1);
    expect(r.passed).toBe(false);
    expect(r.ending).toBeUndefined();
  });
  it('lists choices undone by rewinds as triedBefore', () => {
    let s = play(c, ['universal-policy', 'ask-if-safe', 'trust-me']);
    for (const step of [
      { kind: 'rewind', toDecision: 2 },
      { kind: 'choice', beatId: 'private-room', choiceId: 'explain-role' },
    ] as const) {
      const r = applyStep(c, s, step);
      if (!r.ok) throw new Error(r.error.code);
      s = r.value;
    }
    const r = report(c, s);
    expect(r.decisions[2]?.choice.id).toBe('explain-role');
    expect(r.decisions[2]?.triedBefore).toEqual([
      { id: 'trust-me', text: 'You can trust me.', verdict: 'harmful' },
    ]);
    expect(r.decisions[1]?.triedBefore).toEqual([]);
  });
  it('a scenario without evidence scores 0 overall and lists no competencies', () => {
    const raw = JSON.parse(JSON.stringify(kitchenSinkRaw));
    for (const phase of Object.values(raw.phases) as {
      beats: Record<string, { choices: { evidence?: unknown }[] }>;
      interruptions?: Record<string, { beats: Record<string, { choices: { evidence?: unknown }[] }> }>;
    }[]) {
      for (const beat of Object.values(phase.beats)) for (const ch of beat.choices) ch.evidence = {};
      for (const int of Object.values(phase.interruptions ?? {}))
        for (const beat of Object.values(int.beats)) for (const ch of beat.choices) ch.evidence = {};
    }
    const bare = loadFixture(raw);
    const r = report(bare, play(bare, BEST));
    expect(r.competencies).toEqual([]);
    expect(r.overall).toBe(0);
    expect(r.passed).toBe(false);
  });
});
