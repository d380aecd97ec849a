import { describe, expect, it } from 'vitest';
import { kitchenSinkRaw } from '../fixtures/kitchen-sink';
import { loadFixture } from '../fixtures/load';
import { play } from '../fixtures/play';
import { applyStep } from './apply-step';
import { replay } from './replay';
import { startRun } from './start-run';
import type { Mode, RunState } from './types';
import { viewOf } from './view';

const c = loadFixture(kitchenSinkRaw);
const BEST = ['universal-policy', 'ask-if-safe', 'explain-role', 'door-open', 'welcome'];

function fail(s: RunState, step: Parameters<typeof applyStep>[2]): string {
  const r = applyStep(c, s, step);
  if (r.ok) throw new Error('expected a refusal');
  return r.error.code;
}

describe('choices', () => {
  it('start: initial meters and flags, session started, arrival lines', () => {
    const s = startRun(c, { seed: 1, mode: 'coach' });
    expect(s).toMatchObject({
      beatId: 'arrival',
      status: 'active',
      meters: { trust: 20, distress: 60 },
      session: 'first',
    });
    expect(s.flags).toEqual({ rosaInRoom: true, askedPhone: false });
    expect(viewOf(c, s).choices.map((x) => x.id)).toEqual(['universal-policy', 'let-rosa-interpret']);
  });
  it('effects, onEnter and conditional next (evaluated after the effects)', () => {
    const s = play(c, ['let-rosa-interpret']);
    expect(s.beatId).toBe('rosa-translates');
    expect(s.meters.trust).toBe(5);
    // The second time, `visited: rosa-translates` holds (the branch sees the choice's own run state).
    const again = play(c, ['let-rosa-interpret', 'recover', 'go-back', 'let-rosa-interpret']);
    expect(again.status).toBe('ended');
    expect(again.endingId).toBe('shutdown');
    expect(again.meters.trust).toBe(0);
    const t = play(c, ['universal-policy']);
    // private-room onEnter lowers distress by 10; trust 30 fires the phone interruption.
    expect(t.meters).toEqual({ trust: 30, distress: 50 });
    expect(t.beatId).toBe('phone-buzzes');
  });
  it('stale_beat, choice_not_available (unknown and hidden), run_ended', () => {
    const s = play(c, ['universal-policy']);
    expect(fail(s, { kind: 'choice', beatId: 'arrival', choiceId: 'universal-policy' })).toBe('stale_beat');
    expect(fail(s, { kind: 'choice', beatId: 'phone-buzzes', choiceId: 'nope' })).toBe(
      'choice_not_available',
    );
    const back = play(c, ['universal-policy', 'ask-if-safe']);
    // `go-back` is hidden once `universal-policy` was chosen.
    expect(fail(back, { kind: 'choice', beatId: 'private-room', choiceId: 'go-back' })).toBe(
      'choice_not_available',
    );
    const ended = play(c, ['universal-policy', 'take-phone']);
    expect(fail(ended, { kind: 'choice', beatId: 'arrival', choiceId: 'universal-policy' })).toBe(
      'run_ended',
    );
  });
});

describe('the view of an ended run', () => {
  it('shows the reactions to the last choice, no choices, and the ending', () => {
    const s = play(c, ['universal-policy', 'ask-if-safe', 'explain-role', 'ultimatum']);
    const v = viewOf(c, s);
    expect(v.ended).toBe(true);
    expect(v.choices).toEqual([]);
    expect(v.ending).toEqual({ id: 'door-closed', title: 'The door closed', outcome: 'negative' });
    expect(v.lines).toEqual([]);
    expect(v.decisions).toBe(4);
  });
});

describe('interruptions', () => {
  it('fire once on arrival and `return` resumes the interrupted beat without re-entering it', () => {
    const s = play(c, ['universal-policy']);
    expect(s.returnTo).toBe('private-room');
    expect(s.firedInterruptions).toEqual(['phone']);
    expect(s.arrival?.beats).toEqual(['private-room', 'phone-buzzes']);
    expect(viewOf(c, s).beat).toMatchObject({
      id: 'phone-buzzes',
      contentNote: 'controlling messages from a trafficker',
    });
    const r = play(c, ['universal-policy', 'ask-if-safe']);
    expect(r.beatId).toBe('private-room');
    expect(r.returnTo).toBeUndefined();
    expect(r.arrival?.resumed).toBe(true);
    // onEnter of private-room applied once only: distress 60 - 10.
    expect(r.meters.distress).toBe(50);
    expect(r.visited.filter((v) => v === 'private-room')).toHaveLength(1);
  });
  it('leaving an interruption by another way abandons it', () => {
    const s = play(c, ['universal-policy', 'take-phone']);
    expect(s.endingId).toBe('shutdown');
    expect(s.returnTo).toBeUndefined();
  });
  it('a repeating interruption (`once: false`) does not fire again on the beat it resumes', () => {
    const low = play(c, ['universal-policy', 'ask-if-safe', 'trust-me', 'door-open']);
    expect(low.beatId).toBe('pause');
    expect(viewOf(c, low).lines.map((l) => l.kind)).toEqual(['time-skip', 'speech', 'narration', 'cue']);
    const back = play(c, ['universal-policy', 'ask-if-safe', 'trust-me', 'door-open', 'offer-break']);
    expect(back.beatId).toBe('return-visit');
    expect(back.arrival?.resumed).toBe(true);
    expect(
      play(c, ['universal-policy', 'ask-if-safe', 'trust-me', 'door-open', 'offer-break', 'welcome'])
        .endingId,
    ).toBe('door-open');
  });
  it('does not fire when its condition fails', () => {
    const s = play(c, ['let-rosa-interpret'], {});
    expect(s.firedInterruptions).toEqual([]);
  });
});

describe('sessions and affect', () => {
  it('a new session shows its time skip, applies onStart and carries state over', () => {
    const before = play(c, BEST.slice(0, 3));
    const s = play(c, BEST.slice(0, 4));
    expect(s.session).toBe('second');
    expect(s.arrival?.sessionChanged).toBe('second');
    expect(s.meters.trust).toBe(before.meters.trust);
    expect(s.meters.distress).toBe((before.meters.distress ?? 0) - 10);
    expect(s.flags.askedPhone).toBe(true);
    const lines = viewOf(c, s).lines;
    expect(lines[0]).toEqual({ kind: 'time-skip', text: 'Three weeks pass. Ana comes back.' });
    expect(lines.map((l) => l.text)).toContain('She asked about the phone last time.');
  });
  it('affect follows the meters and gates choices', () => {
    const s = play(c, BEST.slice(0, 4));
    expect(viewOf(c, s).affect?.id).toBe('settled');
    expect(viewOf(c, s).choices.map((x) => x.id)).toContain('only-if-settled');
    const low = play(c, ['universal-policy', 'ask-if-safe', 'trust-me', 'door-open']);
    expect(viewOf(c, low).affect?.id).toBe('guarded');
    expect(viewOf(c, low).choices.map((x) => x.id)).not.toContain('only-if-settled');
  });
});

describe('variants', () => {
  it('are the same for the same seed and vary across seeds', () => {
    const text = (seed: number) => viewOf(c, startRun(c, { seed, mode: 'coach' })).lines[0]?.text;
    expect(text(7)).toBe(text(7));
    const seen = new Set(Array.from({ length: 20 }, (_, i) => text(i)));
    expect(seen).toEqual(new Set(['I will translate for her.', 'She needs me to translate.']));
  });
  it('conditional lines follow the state', () => {
    const s = play(c, ['universal-policy', 'ask-if-safe']);
    const texts = viewOf(c, s).lines.map((l) => l.text);
    expect(texts.some((t) => t === 'Thank you for this.' || t === 'It is easier without her.')).toBe(true);
    expect(texts).not.toContain('Okay.');
  });
});

describe('rewind and exit', () => {
  const modes: Mode[] = ['coach', 'practice', 'assessment'];
  it('coach may rewind any time; practice only after the end; assessment never', () => {
    const [coach, practice, assessment] = modes.map((mode) =>
      play(c, ['universal-policy', 'ask-if-safe'], { mode }),
    );
    if (!coach || !practice || !assessment) throw new Error('setup');
    const r = applyStep(c, coach, { kind: 'rewind', toDecision: 1 });
    expect(r.ok && r.value.beatId).toBe('phone-buzzes');
    expect(r.ok && r.value.path).toHaveLength(1);
    expect(r.ok && r.value.steps).toHaveLength(3);
    expect(fail(practice, { kind: 'rewind', toDecision: 0 })).toBe('rewind_not_allowed');
    const ended = play(c, ['universal-policy', 'take-phone'], { mode: 'practice' });
    const p = applyStep(c, ended, { kind: 'rewind', toDecision: 0 });
    expect(p.ok && p.value.status).toBe('active');
    expect(p.ok && p.value.beatId).toBe('arrival');
    expect(fail(assessment, { kind: 'rewind', toDecision: 0 })).toBe('rewind_not_allowed');
  });
  it('out of range rewinds are invalid', () => {
    const s = play(c, ['universal-policy']);
    expect(fail(s, { kind: 'rewind', toDecision: 1 })).toBe('invalid_rewind');
    expect(fail(s, { kind: 'rewind', toDecision: -1 })).toBe('invalid_rewind');
    expect(fail(s, { kind: 'rewind', toDecision: 0.5 })).toBe('invalid_rewind');
  });
  it('exit ends the run early; an exited practice run may rewind and resume', () => {
    const s = play(c, ['universal-policy'], { mode: 'practice' });
    const r = applyStep(c, s, { kind: 'exit' });
    if (!r.ok) throw new Error('exit refused');
    expect(r.value.status).toBe('exited');
    expect(fail(r.value, { kind: 'exit' })).toBe('run_ended');
    expect(fail(r.value, { kind: 'choice', beatId: 'phone-buzzes', choiceId: 'ask-if-safe' })).toBe(
      'run_ended',
    );
    const resumed = applyStep(c, r.value, { kind: 'rewind', toDecision: 1 });
    expect(resumed.ok && resumed.value.status).toBe('active');
    expect(resumed.ok && resumed.value.beatId).toBe('phone-buzzes');
  });
  it('replay reproduces the state and reports the failing step', () => {
    const s = play(c, BEST.slice(0, 3));
    const r = replay(c, { seed: 1, mode: 'coach', steps: s.steps });
    expect(r.ok && r.value).toEqual(s);
    const bad = replay(c, {
      seed: 1,
      mode: 'coach',
      steps: [...s.steps, { kind: 'choice', beatId: 'arrival', choiceId: 'universal-policy' }],
    });
    expect(!bad.ok && bad.error).toMatchObject({ atStep: 3, error: { code: 'stale_beat' } });
  });
});
