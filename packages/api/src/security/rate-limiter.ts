/** How many run creations one client address may make per window. */
export interface RateLimitConfig {
  /** Requests allowed per window; 0 disables the limit. */
  max: number;
  windowMs: number;
}

export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * A fixed-window, in-memory limiter keyed by client address. One process only: behind a load balancer
 * each process counts on its own, which is enough to stop a runaway client.
 *
 * @example
 * const limiter = createRateLimiter({ max: 30, windowMs: 60_000 }, () => Date.now());
 * limiter.take('127.0.0.1'); // { ok: true }
 */
export function createRateLimiter(config: RateLimitConfig, nowMs: () => number) {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    take(key: string): RateDecision {
      if (config.max <= 0) return { ok: true };
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
    },
  };
}
