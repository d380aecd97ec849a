import { describe, expect, it } from 'vitest';
import { hashString, pickIndex, seededRandom } from './random';

// Other packages (seeds, variants, workshop codes) rely on these exact values: they must never drift.
describe('hashString (FNV-1a 32-bit)', () => {
  it('matches the reference values', () => {
    expect(hashString('')).toBe(0x811c9dc5);
    expect(hashString('a')).toBe(0xe40c292c);
    expect(hashString('arrival')).toBe(1165549234);
  });
});

describe('seededRandom (mulberry32)', () => {
  it('matches the reference sequence and stays in [0, 1)', () => {
    const r = seededRandom(42);
    expect([r(), r(), r()]).toEqual([0.6011037519201636, 0.44829055899754167, 0.8524657934904099]);
    const s = seededRandom(7);
    for (let i = 0; i < 1000; i++) {
      const x = s();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });
  it('pickIndex spreads over the options', () => {
    const seen = new Set(Array.from({ length: 60 }, (_, i) => pickIndex(3, `k${i}`)));
    expect(seen).toEqual(new Set([0, 1, 2]));
    expect(pickIndex(1, 'x')).toBe(0);
  });
});
