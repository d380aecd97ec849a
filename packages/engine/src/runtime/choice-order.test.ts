import { describe, expect, it } from 'vitest';
import { kitchenSinkRaw } from '../fixtures/kitchen-sink';
import { loadFixture } from '../fixtures/load';
import { BeatSchema } from '../schema/scenario';
import { applyStep } from './apply-step';
import { choiceOrder } from './choice-order';
import { replay } from './replay';
import { startRun } from './start-run';
import type { RunState } from './types';
import { shownChoices, viewOf } from './view';

const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
const beatOf = (order?: 'fixed' | 'shuffled') =>
  BeatSchema.parse({
    ...(order ? { order } : {}),
    choices: ids.map((id) => ({ id, text: id, verdict: 'acceptable', feedback: 'f', next: 'x' })),
  });

describe('choiceOrder', () => {
  it('is a permutation of every choice, the same for the same seed and beat', () => {
    const beat = beatOf();
    const once = choiceOrder(beat, 'intro', 7);
    expect([...once].sort()).toEqual(ids);
    expect(choiceOrder(beat, 'intro', 7)).toEqual(once);
  });

  it('differs across seeds and beats (not file order for every run)', () => {
    const beat = beatOf();
    const orders = new Set(Array.from({ length: 40 }, (_, seed) => choiceOrder(beat, 'intro', seed).join()));
    expect(orders.size).toBeGreaterThan(20);
    const firsts = new Set(Array.from({ length: 40 }, (_, seed) => choiceOrder(beat, 'intro', seed)[0]));
    expect(firsts.size).toBe(ids.length);
    const byBeat = new Set(['a1', 'a2', 'a3', 'a4', 'a5'].map((b) => choiceOrder(beat, b, 1).join()));
    expect(byBeat.size).toBeGreaterThan(1);
  });

  it('keeps file order when the beat pins it with order: fixed', () => {
    for (let seed = 0; seed < 20; seed++) expect(choiceOrder(beatOf('fixed'), 'intro', seed)).toEqual(ids);
  });
});

describe('shownChoices and the view', () => {
  const c = loadFixture(kitchenSinkRaw);
  const toPrivateRoom = (seed: number): RunState => {
    const s = startRun(c, { seed, mode: 'coach' });
    const next = applyStep(c, s, { kind: 'choice', beatId: 'arrival', choiceId: 'universal-policy' });
    if (!next.ok) throw new Error(next.error.message);
    return next.value;
  };

  it('the view lists the offered choices in the run order, with stable ids', () => {
    for (let seed = 0; seed < 10; seed++) {
      const s = startRun(c, { seed, mode: 'coach' });
      const info = c.index.beats.get('arrival');
      if (!info) throw new Error('fixture has no arrival');
      const rank = choiceOrder(info.beat, 'arrival', seed);
      expect(viewOf(c, s).choices.map((x) => x.id)).toEqual(rank);
      expect(shownChoices(c, s).map((x) => x.id)).toEqual(rank);
    }
  });

  it('a choice that is not offered drops out without reordering the others', () => {
    for (let seed = 0; seed < 10; seed++) {
      // After the universal policy, `go-back` (offered only when it was not chosen) is not offered.
      const s = { ...toPrivateRoom(seed), beatId: 'private-room' };
      const info = c.index.beats.get('private-room');
      if (!info) throw new Error('fixture has no private-room');
      const shown = shownChoices(c, s).map((x) => x.id);
      const all = choiceOrder(info.beat, 'private-room', seed);
      expect(shown).not.toContain('go-back');
      expect(shown.length).toBeLessThan(all.length);
      expect(shown).toEqual(all.filter((id) => shown.includes(id)));
    }
  });

  it('replay from the step log shows the same order as the live run', () => {
    const live = toPrivateRoom(11);
    const again = replay(c, {
      seed: 11,
      mode: 'coach',
      steps: [{ kind: 'choice', beatId: 'arrival', choiceId: 'universal-policy' }],
    });
    if (!again.ok) throw new Error(again.error.error.message);
    expect(viewOf(c, again.value).choices.map((x) => x.id)).toEqual(viewOf(c, live).choices.map((x) => x.id));
  });
});
