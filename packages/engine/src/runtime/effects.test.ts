import { describe, expect, it } from 'vitest';
import { kitchenSinkRaw } from '../fixtures/kitchen-sink';
import { loadFixture } from '../fixtures/load';
import { applyEffects } from './effects';

const { scenario } = loadFixture(kitchenSinkRaw);

describe('applyEffects', () => {
  it('adds deltas and clamps to the meter bounds', () => {
    expect(applyEffects(scenario, { trust: 95 }, {}, { meters: { trust: 10 } }).meters.trust).toBe(100);
    expect(applyEffects(scenario, { trust: 5 }, {}, { meters: { trust: -10 } }).meters.trust).toBe(0);
    expect(applyEffects(scenario, { trust: 5 }, {}, { meters: { trust: 10 } }).meters.trust).toBe(15);
  });
  it('sets flags and leaves its inputs untouched', () => {
    const meters = { trust: 1 };
    const flags = { rosaInRoom: true };
    const r = applyEffects(scenario, meters, flags, { meters: { trust: 1 }, flags: { rosaInRoom: false } });
    expect(r.flags.rosaInRoom).toBe(false);
    expect(flags.rosaInRoom).toBe(true);
    expect(meters.trust).toBe(1);
  });
});
