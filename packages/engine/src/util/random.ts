/**
 * A stable 32-bit string hash (FNV-1a). Shared by every package so that seeds and variant picks agree.
 *
 * @example
 * hashString('arrival') // => the same unsigned 32-bit number on every machine
 */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * A seeded random source (mulberry32): returns a function yielding numbers in [0, 1).
 * The engine never uses Math.random, so a run replays identically from its seed.
 *
 * @example
 * const rand = seededRandom(42); rand(); // => 0.6011037519201636 (always)
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Pick one of `n` options deterministically from a key (seed + where + how many times).
 *
 * @example
 * pickIndex(3, '7|arrival|0|1') // => 0, 1 or 2, always the same for this key
 */
export function pickIndex(n: number, key: string): number {
  if (n <= 1) return 0;
  return Math.floor(seededRandom(hashString(key))() * n);
}
