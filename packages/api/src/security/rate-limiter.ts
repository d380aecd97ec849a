import type { RateLimitStore } from './rate-limit-store';

/** How many requests (run creations, sign-ins, join attempts) one client address may make per window. */
export interface RateLimitConfig {
  /** Requests allowed per window; 0 disables the limit. */
  max: number;
  windowMs: number;
}

export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * A fixed-window limiter keyed by client address. With a `store` (PostgreSQL) the counts are shared by
 * every process on the database, in windows numbered from the epoch under `scope`; without one they are
 * in this process's memory (SQLite: one process).
 *
 * @example
 * const limiter = createRateLimiter({ max: 30, windowMs: 60_000 }, () => Date.now());
 * await limiter.take('127.0.0.1'); // { ok: true }
 */
export function createRateLimiter(
  config: RateLimitConfig,
  nowMs: () => number,
  shared?: { store: RateLimitStore; scope: string },
) {
  const windows = new Map<string, { start: number; count: number }>();

  function takeInMemory(key: string): RateDecision {
    const now = nowMs();
    let entry = windows.get(key);
    if (!entry || now - entry.start >= config.windowMs) {
      // Drop expired windows now and then so the map cannot grow without bound.
      if (windows.size > 10_000) {
        for (const [k, w] of windows) if (now - w.start >= config.windowMs) windows.delete(k);
      }
      entry = { start: now, count: 0 };
      windows.set(key, entry);
    }
    if (entry.count >= config.max) {
      return {
        ok: false,
        retryAfterSeconds: Math.max(1, Math.ceil((entry.start + config.windowMs - now) / 1000)),
      };
    }
    entry.count += 1;
    return { ok: true };
  }

  return {
    async take(key: string): Promise<RateDecision> {
      if (config.max <= 0) return { ok: true };
      if (!shared) return takeInMemory(key);
      const now = nowMs();
      const windowIndex = Math.floor(now / config.windowMs);
      const hits = await shared.store.hit(shared.scope, key, windowIndex);
      if (hits <= config.max) return { ok: true };
      const ends = (windowIndex + 1) * config.windowMs;
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((ends - now) / 1000)) };
    },
  };
}
