import type { Condition } from '../schema/condition';

/**
 * Evaluate a condition that may only mention meters (affect states). Non-meter leaves are false.
 *
 * @example
 * meterTest({ meter: 'trust', atLeast: 40 }, { trust: 50 }) // => true
 */
export function meterTest(c: Condition, meters: Record<string, number>): boolean {
  if ('meter' in c) {
    const v = meters[c.meter] ?? 0;
    return (c.atLeast === undefined || v >= c.atLeast) && (c.below === undefined || v < c.below);
  }
  if ('all' in c) return c.all.every((x) => meterTest(x, meters));
  if ('any' in c) return c.any.some((x) => meterTest(x, meters));
  if ('not' in c) return !meterTest(c.not, meters);
  return false;
}
