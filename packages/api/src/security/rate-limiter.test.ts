import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limiter';

describe('createRateLimiter', async () => {
  it('allows max per window per key, says when to retry, and opens again after the window', async () => {
    let now = 0;
    const limiter = createRateLimiter({ max: 2, windowMs: 60_000 }, () => now);
    expect(await limiter.take('a')).toEqual({ ok: true });
    expect(await limiter.take('a')).toEqual({ ok: true });
    now = 15_000;
    expect(await limiter.take('a')).toEqual({ ok: false, retryAfterSeconds: 45 });
    expect(await limiter.take('b')).toEqual({ ok: true });
    now = 60_000;
    expect(await limiter.take('a')).toEqual({ ok: true });
  });

  it('max 0 turns it off', async () => {
    const limiter = createRateLimiter({ max: 0, windowMs: 1000 }, () => 0);
    for (let i = 0; i < 100; i++) expect((await limiter.take('a')).ok).toBe(true);
  });
});
