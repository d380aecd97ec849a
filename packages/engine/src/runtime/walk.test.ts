import { describe, expect, it } from 'vitest';
import { kitchenSinkRaw } from '../fixtures/kitchen-sink';
import { loadFixture } from '../fixtures/load';
import { report } from '../scoring/report';
import { startRun } from './start-run';
import { offeredChoices, pickBest, pickHarmful, walk } from './walk';

const c = loadFixture(kitchenSinkRaw);

describe('walk', () => {
  it('follows the best option to an ending that scores 100', () => {
    const state = walk(c, pickBest, { seed: 1, mode: 'assessment' });
    expect(state.path.map((p) => p.choiceId)).toEqual([
      'universal-policy',
      'ask-if-safe',
      'explain-role',
      'door-open',
      'welcome',
    ]);
    expect(report(c, state)).toMatchObject({ overall: 100, passed: true });
  });

  it('follows the harmful option and the run fails', () => {
    const state = walk(c, pickHarmful, { seed: 1, mode: 'assessment' });
    expect(state.path[0]?.choiceId).toBe('let-rosa-interpret');
    expect(report(c, state).passed).toBe(false);
  });

  it('stops when the picker returns nothing, with the run still active; offers only available choices', () => {
    const state = walk(c, () => undefined, { seed: 1, mode: 'coach' });
    expect(state.status).toBe('active');
    expect(offeredChoices(c, state).map((x) => x.id)).toEqual(['universal-policy', 'let-rosa-interpret']);
    expect(offeredChoices(c, startRun(c, { seed: 2, mode: 'coach' })).map((x) => x.verdict)).toEqual([
      'best',
      'harmful',
    ]);
  });
});
