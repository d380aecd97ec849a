import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ApiError } from '../errors/api-error';

/**
 * 413 `payload_too_large` for bodies over `maxSize` bytes. With a Content-Length (which Node's HTTP parser
 * enforces) the header decides without touching the body, so the adapter can still read it straight from the
 * socket (touching `request.body` would build a web stream: ~15% of a choice's time); a chunked body is
 * counted as it streams by Hono's bodyLimit.
 *
 * @example
 * app.use('/api/*', limitBody(64 * 1024));
 */
export function limitBody(maxSize: number): MiddlewareHandler {
  const tooLarge = new ApiError('payload_too_large');
  const body = JSON.stringify(tooLarge.toBody());
  const reject = () =>
    new Response(body, { status: tooLarge.status, headers: { 'content-type': 'application/json' } });
  const streaming = bodyLimit({ maxSize, onError: () => reject() });
  return async (c, next) => {
    const method = c.req.method;
    if (method === 'GET' || method === 'HEAD') return next();
    const length = c.req.header('content-length');
    if (length !== undefined && c.req.header('transfer-encoding') === undefined) {
      return Number(length) > maxSize ? reject() : next();
    }
    return streaming(c, next);
  };
}
