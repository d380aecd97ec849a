import type { Result } from '../runtime/types';

/** Wrap a success. @example ok(3) // => { ok: true, value: 3 } */
export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

/** Wrap an expected failure. @example err({ code: 'x' }) // => { ok: false, error: { code: 'x' } } */
export function err<E>(error: E): { ok: false; error: E } {
  return { ok: false, error };
}

export type { Result };
