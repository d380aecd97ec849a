import { ApiError } from '../errors/api-error';

type Fetch = (request: Request, ...rest: never[]) => Response | Promise<Response>;

/**
 * Wraps a fetch handler so that at most `max` requests are being worked on at once; the next one is
 * answered at once with 503 `service_unavailable` JSON and `Retry-After: 1` instead of queueing without
 * bound (each queued request holds memory and, on PostgreSQL, waits for a pool connection). A request
 * counts until its handler returns a Response, so a long-lived SSE stream does not hold a slot.
 * `max` 0 turns the limit off.
 *
 * @example
 * serve({ fetch: inFlightLimit(app.fetch, 256), port: 3000 });
 */
export function inFlightLimit<F extends Fetch>(fetch: F, max: number): F {
  if (max <= 0) return fetch;
  const busy = new ApiError('service_unavailable');
  const body = JSON.stringify(busy.toBody());
  let inFlight = 0;
  const limited = async (request: Request, ...rest: never[]) => {
    if (inFlight >= max)
      return new Response(body, {
        status: busy.status,
        headers: { 'content-type': 'application/json', 'retry-after': '1' },
      });
    inFlight += 1;
    try {
      return await fetch(request, ...rest);
    } finally {
      inFlight -= 1;
    }
  };
  return limited as F;
}
