import type { Result } from '@doorway/engine';
import { ApiError, type ErrorDetails } from './api-error';
import type { ErrorCode } from './error-codes';

/**
 * An expected failure of a domain service (runs, rooms, accounts): a code of the closed union, what the
 * client needs to act on it, and optionally words more specific than the code's default. No HTTP here:
 * the routes map it with `orFail`, and the status comes from the code.
 */
export type DomainError<C extends ErrorCode = ErrorCode> = ErrorDetails & {
  code: C;
  message?: string | undefined;
};

/**
 * A failed result carrying a domain error.
 *
 * @example
 * if (!entry) return failure('scenario_not_found', { message: `No scenario "${id}".` });
 */
export function failure<C extends ErrorCode, M extends Omit<DomainError<C>, 'code'> = object>(
  code: C,
  more?: M,
): { ok: false; error: M & { code: C } } {
  return { ok: false, error: { ...(more as M), code } };
}

/**
 * The HTTP error for a domain error.
 *
 * @example
 * toApiError({ code: 'vote_closed' }).status // 409
 */
export function toApiError(error: DomainError): ApiError {
  const { code, message, ...details } = error;
  return new ApiError(code, { message, details });
}

/**
 * A route's way out of a domain result: the value, or the mapped HTTP error thrown to the app's handler.
 *
 * @example
 * const room = orFail(await workshop.ownedRoom(id, user.id));
 */
export function orFail<T>(result: Result<T, DomainError>): T {
  if (result.ok) return result.value;
  throw toApiError(result.error);
}
