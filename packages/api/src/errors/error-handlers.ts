import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { Logger } from 'pino';
import { ApiError } from './api-error';

/** The error body every failure uses. */
export interface ErrorBody {
  error: { code: string; message: string } & Record<string, unknown>;
}

/** Maps a Hono HTTPException (thrown by Hono itself, e.g. malformed JSON) to our codes. */
function fromHttpException(err: HTTPException): ApiError {
  const status = err.status;
  if (status === 400 && /json/i.test(err.message))
    return new ApiError(400, 'malformed_json', 'The request body is not valid JSON. Send a JSON object.');
  if (status === 413) return tooLarge();
  const message = err.message || 'The request could not be processed.';
  return new ApiError(status, status === 401 ? 'unauthorized' : 'bad_request', message);
}

/** The 413 error, shared by the body-limit middleware and the error handler. */
export function tooLarge(): ApiError {
  return new ApiError(413, 'payload_too_large', 'The request body is too large. Send a smaller JSON body.');
}

/**
 * One handler for every error: ApiError as is, Hono's HTTPException mapped, anything else a logged 500.
 *
 * @example
 * app.onError(errorHandler(logger));
 */
export function errorHandler(logger: Logger): ErrorHandler {
  return (err: Error, c: Context) => {
    const apiError =
      err instanceof ApiError ? err : err instanceof HTTPException ? fromHttpException(err) : undefined;
    if (apiError) return c.json(apiError.toBody(), apiError.status);
    // A bug, not a client error: log it (no request body: it may hold trainee text) and hide the detail.
    logger.error({ err, method: c.req.method, path: c.req.path }, 'unhandled error');
    return c.json(
      {
        error: { code: 'internal_error', message: 'Something went wrong on the server. Try again shortly.' },
      },
      500,
    );
  };
}

/** 404 for any path no route matches (the method-not-allowed middleware turns it into 405 when it should). */
export const notFoundHandler: NotFoundHandler = (c) =>
  c.json(
    {
      error: {
        code: 'not_found',
        message: `Nothing here: ${c.req.method} ${c.req.path}. See /api/docs for the routes.`,
      },
    },
    404,
  );

/** The 405 body, with the Allow header. */
export function methodNotAllowedResponse(c: Context, allowed: string[]): Response {
  return c.json(
    {
      error: {
        code: 'method_not_allowed',
        message: `${c.req.method} is not allowed on ${c.req.path}. Use ${allowed.join(', ')}.`,
      },
    },
    405,
    { Allow: allowed.join(', ') },
  );
}
