import { report } from '@doorway/engine';
import { describe, expect, it } from 'vitest';
import { compiledMini } from '../fixtures/mini';
import { offeredChoices, pickBest, pickHarmful, walk } from './walk';

describe('walk', () => {
  it('follows the best option to an ending that scores 100', () => {
    const compiled = compiledMini();
    const state = walk(compiled, pickBest, { seed: 1, mode: 'assessment' });
    expect(state.path).toEqual([{ beatId: 'hello', choiceId: 'introduce' }]);
    expect(report(compiled, state)).toMatchObject({ overall: 100, passed: true });
  });

  it('follows the harmful option and the run fails', () => {
    const compiled = compiledMini();
    const state = walk(compiled, pickHarmful, { seed: 1, mode: 'assessment' });
    expect(state.path).toEqual([{ beatId: 'hello', choiceId: 'demand' }]);
    expect(report(compiled, state).passed).toBe(false);
  });

  it('stops when the picker returns nothing, with the run still active', () => {
    const compiled = compiledMini();
    const state = walk(compiled, () => undefined, { seed: 1, mode: 'coach' });
    expect(state.status).toBe('active');
    expect(offeredChoices(compiled, state).map((c) => c.id)).toEqual(['introduce', 'demand']);
  });
});
