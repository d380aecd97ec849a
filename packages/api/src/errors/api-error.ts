import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorBody } from '../schemas/error';
import { type ErrorCode, errorCodes } from './error-codes';

/** What an error body may carry besides its code and message (the current view, the room's phase). */
export type ErrorDetails = Omit<ErrorBody['error'], 'code' | 'message'>;

/**
 * The one error type the HTTP layer throws for an expected client-facing failure; the app's error handler
 * sends `toBody()` with `status`. The status and the default message come from the code (`errorCodes`).
 *
 * @example
 * throw new ApiError('run_not_found');
 * throw new ApiError('rate_limited', { message: 'Too many runs started. Wait 20 s and try again.' });
 */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly status: ContentfulStatusCode;
  readonly details: ErrorDetails;

  constructor(
    code: ErrorCode,
    options: { message?: string | undefined; details?: ErrorDetails | undefined; cause?: unknown } = {},
  ) {
    super(
      options.message ?? errorCodes[code].message,
      options.cause === undefined ? undefined : { cause: options.cause },
    );
    this.name = 'ApiError';
    this.code = code;
    this.status = errorCodes[code].status;
    this.details = options.details ?? {};
  }

  /** The JSON body sent to the client. */
  toBody(): ErrorBody {
    return { error: { ...this.details, code: this.code, message: this.message } };
  }
}
