import { describe, expect, it } from 'vitest';
import { kitchenSinkRaw } from '../fixtures/kitchen-sink';
import { loadFixture } from '../fixtures/load';
import { type ConditionContext, evaluate } from './condition';

const { scenario } = loadFixture(kitchenSinkRaw);
const ctx = (over: Partial<ConditionContext> = {}): ConditionContext => ({
  meters: { trust: 40, distress: 60 },
  flags: { rosaInRoom: true, askedPhone: false },
  chose: (id) => id === 'universal-policy',
  visited: (id) => id === 'arrival',
  decisions: 3,
  ...over,
});

describe('evaluate', () => {
  it('meter atLeast is inclusive and below is strict', () => {
    expect(evaluate(scenario, { meter: 'trust', atLeast: 40 }, ctx())).toBe(true);
    expect(evaluate(scenario, { meter: 'trust', atLeast: 41 }, ctx())).toBe(false);
    expect(evaluate(scenario, { meter: 'trust', below: 40 }, ctx())).toBe(false);
    expect(evaluate(scenario, { meter: 'trust', below: 41 }, ctx())).toBe(true);
    expect(evaluate(scenario, { meter: 'trust', atLeast: 30, below: 50 }, ctx())).toBe(true);
  });
  it('flags default to `is: true`', () => {
    expect(evaluate(scenario, { flag: 'rosaInRoom' }, ctx())).toBe(true);
    expect(evaluate(scenario, { flag: 'askedPhone' }, ctx())).toBe(false);
    expect(evaluate(scenario, { flag: 'askedPhone', is: false }, ctx())).toBe(true);
  });
  it('affect is derived from meters, first matching state wins', () => {
    expect(evaluate(scenario, { affect: 'guarded' }, ctx())).toBe(true);
    expect(evaluate(scenario, { affect: 'settled' }, ctx({ meters: { trust: 50, distress: 90 } }))).toBe(
      true,
    );
    expect(evaluate(scenario, { affect: 'shut-down' }, ctx({ meters: { trust: 10, distress: 90 } }))).toBe(
      true,
    );
  });
  it('chose, visited and decisions look at the path', () => {
    expect(evaluate(scenario, { chose: 'universal-policy' }, ctx())).toBe(true);
    expect(evaluate(scenario, { chose: 'trust-me' }, ctx())).toBe(false);
    expect(evaluate(scenario, { visited: 'arrival' }, ctx())).toBe(true);
    expect(evaluate(scenario, { visited: 'plan' }, ctx())).toBe(false);
    expect(evaluate(scenario, { decisions: { atLeast: 3 } }, ctx())).toBe(true);
    expect(evaluate(scenario, { decisions: { below: 3 } }, ctx())).toBe(false);
  });
  it('combinators', () => {
    const t = { flag: 'rosaInRoom' };
    const f = { flag: 'askedPhone' };
    expect(evaluate(scenario, { all: [t, t] }, ctx())).toBe(true);
    expect(evaluate(scenario, { all: [t, f] }, ctx())).toBe(false);
    expect(evaluate(scenario, { any: [f, t] }, ctx())).toBe(true);
    expect(evaluate(scenario, { any: [f, f] }, ctx())).toBe(false);
    expect(evaluate(scenario, { not: f }, ctx())).toBe(true);
  });
});
