import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * The one error type routes throw for expected client-facing failures. The app's error handler turns it
 * into `{ "error": { "code", "message", ...extra } }` with `status`.
 *
 * @example
 * throw new ApiError(404, 'run_not_found', 'No run with this id is visible to you. Start a new run.');
 */
export class ApiError extends Error {
  readonly status: ContentfulStatusCode;
  readonly code: string;
  readonly extra: Record<string, unknown> | undefined;

  constructor(status: ContentfulStatusCode, code: string, message: string, extra?: Record<string, unknown>) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.extra = extra;
  }

  /** The JSON body sent to the client. */
  toBody(): { error: { code: string; message: string } & Record<string, unknown> } {
    return { error: { ...(this.extra ?? {}), code: this.code, message: this.message } };
  }
}
