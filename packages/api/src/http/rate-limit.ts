import type { Context } from 'hono';
import { ApiError } from '../errors/api-error';
import type { createRateLimiter } from '../security/rate-limiter';

/**
 * Counts one request of this client against `limiter`; over the limit it sets Retry-After and throws
 * 429 `rate_limited`, with `message` saying how long to wait.
 *
 * @example
 * await enforceRateLimit(c, limiter, address, (s) => `Too many runs started from this address. Wait ${s} s and try again.`);
 */
export async function enforceRateLimit(
  c: Context,
  limiter: ReturnType<typeof createRateLimiter>,
  key: string,
  message: (retryAfterSeconds: number) => string,
): Promise<void> {
  const decision = await limiter.take(key);
  if (decision.ok) return;
  c.header('Retry-After', String(decision.retryAfterSeconds));
  throw new ApiError('rate_limited', { message: message(decision.retryAfterSeconds) });
}
