import { ApiError } from '../errors/api-error';
import type { ErrorCode } from '../errors/error-codes';

/** What every id Doorway makes looks like (newId: base64url); also what a body's id fields must match. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The id as given, or the route's not-found error for anything that cannot be an id (so odd bytes, such as
 * a NUL that PostgreSQL refuses in text, never reach the database).
 *
 * @example
 * const cohortId = pathId(c.req.param('cohortId'), 'cohort_not_found');
 */
export function pathId(value: string | undefined, notFound: ErrorCode): string {
  if (value === undefined || !ID_PATTERN.test(value)) throw new ApiError(notFound);
  return value;
}
