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

/**
 * Calls the API by method and path with a hand-written answer type. Being replaced by the typed client
 * (`api` in ./api.ts) feature by feature (issue 15); do not add callers.
 *
 * @example
 * const res = await apiRequest<{ status: string }>('GET', '/api/health');
 */
export async function apiRequest<T>(
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers:
        body === undefined
          ? { accept: 'application/json' }
          : { 'content-type': 'application/json', accept: 'application/json' },
      body: body === undefined ? null : JSON.stringify(body),
    });
  } catch {
    return {
      ok: false,
      error: {
        kind: 'network',
        message: 'Doorway could not reach the server. Check your connection and try again.',
      },
    };
  }
  const payload: unknown = response.status === 204 ? undefined : await response.json().catch(() => undefined);
  if (response.ok) return { ok: true, value: payload as T };
  const error = (payload as { error?: Record<string, unknown> } | undefined)?.error ?? {};
  return {
    ok: false,
    error: {
      ...error,
      kind: 'http',
      status: response.status,
      code: typeof error.code === 'string' ? (error.code as ApiErrorCode) : `http_${response.status}`,
      message:
        typeof error.message === 'string'
          ? error.message
          : `The server answered with status ${response.status}.`,
    },
  };
}

type ApiErrorCode = Extract<ApiError, { kind: 'http' }>['code'];
