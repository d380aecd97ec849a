import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json';
import { compareVersions } from './compare-versions';

describe('canonicalJson', () => {
  it('sorts keys at every level and keeps list order', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }, 'x'] })).toBe('{"a":[{"c":3,"d":2},"x"],"b":1}');
  });

  it('gives the same text for the same data written in another order, and drops undefined', () => {
    expect(canonicalJson({ x: 1, y: { b: true, a: null }, z: undefined })).toBe(
      canonicalJson({ y: { a: null, b: true }, x: 1 }),
    );
  });
});

describe('compareVersions', () => {
  it('orders semantic versions numerically', () => {
    expect(['1.10.0', '1.9.0', '0.2.1', '1.9.10'].sort(compareVersions)).toEqual([
      '0.2.1',
      '1.9.0',
      '1.9.10',
      '1.10.0',
    ]);
    expect(compareVersions('2.0.0', '2.0.0')).toBe(0);
  });
});
