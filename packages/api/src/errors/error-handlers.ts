import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { Logger } from 'pino';
import { isDatabaseUnavailable } from '../storage/database-unavailable';
import { ApiError } from './api-error';

/** Maps a Hono HTTPException (thrown by Hono itself, e.g. malformed JSON or an unsupported body type) to our codes. */
function fromHttpException(err: HTTPException): ApiError | undefined {
  const status = err.status;
  if (status === 400 && /json/i.test(err.message)) return new ApiError('malformed_json', { cause: err });
  if (status === 413) return new ApiError('payload_too_large', { cause: err });
  if (status === 415) return new ApiError('unsupported_media_type', { cause: err });
  if (status >= 400 && status < 500)
    return new ApiError('bad_request', { message: err.message || undefined, cause: err });
  return undefined;
}

/**
 * One handler for every error: ApiError as is, Hono's HTTPException mapped, an unreachable or
 * overloaded database 503 with Retry-After, anything else a logged 500.
 *
 * @example
 * app.onError(errorHandler(logger));
 */
export function errorHandler(logger: Logger): ErrorHandler {
  return (err: Error, c: Context) => {
    const apiError =
      err instanceof ApiError ? err : err instanceof HTTPException ? fromHttpException(err) : undefined;
    if (apiError) return c.json(apiError.toBody(), apiError.status);
    // The database is down, restarting, or every pool connection stayed busy past the bounded wait:
    // the request was fine, so say when to retry instead of a 500 (a retried choice is idempotent by requestId).
    if (isDatabaseUnavailable(err)) {
      logger.warn({ err: String(err), method: c.req.method, path: c.req.path }, 'database unavailable');
      const unavailable = new ApiError('service_unavailable');
      return c.json(unavailable.toBody(), unavailable.status, { 'Retry-After': '2' });
    }
    // A bug, not a client error: log it (no request body: it may hold trainee text) and hide the detail.
    logger.error({ err, method: c.req.method, path: c.req.path }, 'unhandled error');
    const internal = new ApiError('internal_error');
    return c.json(internal.toBody(), internal.status);
  };
}

/** 404 for any path no route matches (the method-not-allowed table turns it into 405 when it should). */
export const notFoundHandler: NotFoundHandler = (c) => {
  const error = new ApiError('not_found', {
    message: `Nothing here: ${c.req.method} ${c.req.path}. See /api/docs for the routes.`,
  });
  return c.json(error.toBody(), error.status);
};

/** The 405 body, with the Allow header. */
export function methodNotAllowedResponse(c: Context, allowed: readonly string[]): Response {
  const error = new ApiError('method_not_allowed', {
    message: `${c.req.method} is not allowed on ${c.req.path}. Use ${allowed.join(', ')}.`,
  });
  return c.json(error.toBody(), error.status, { Allow: allowed.join(', ') });
}
