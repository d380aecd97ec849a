import type { ApiResult, ClientError } from '@doorway/api/client';

/** Why a request failed, in terms the UI can act on: the network, or the API's error body and status. */
export type ApiError = ClientError;
export type { ApiResult };

/** Thrown only inside TanStack Query functions, so queries carry the typed ApiError. */
export class ApiFailure extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
    this.name = 'ApiFailure';
  }
}

/**
 * Unwraps a Result for TanStack Query, which expects a thrown error on failure.
 *
 * @example
 * useQuery({ queryKey: ['x'], queryFn: () => api.get('/api/health').then(orThrow) });
 */
export function orThrow<T>(result: ApiResult<T>): T {
  if (result.ok) return result.value;
  throw new ApiFailure(result.error);
}

/** The typed ApiError behind a query error, or a generic one. */
export function apiErrorOf(error: unknown): ApiError {
  if (error instanceof ApiFailure) return error.error;
  return { kind: 'network', message: error instanceof Error ? error.message : 'Something went wrong.' };
}
