import type { View } from '@doorway/engine';

/** Why a request failed, in terms the UI can act on. */
export type ApiError =
  | { kind: 'network'; message: string }
  | { kind: 'http'; status: number; code: string; message: string; view?: View | undefined };

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Thrown only inside TanStack Query functions, so queries carry the typed ApiError. */
export class ApiFailure extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
    this.name = 'ApiFailure';
  }
}

/**
 * Sends one request through the typed client and returns a Result: network failures and
 * `{ error: { code, message } }` bodies become values, never exceptions. `T` is the success body.
 *
 * @example
 * const res = await call<ScenarioListResponse>(() => api.api.scenarios.$get());
 * if (res.ok) console.log(res.value.scenarios.length);
 */
export async function call<T>(send: () => Promise<Response>): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await send();
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
  return { ok: false, error: toHttpError(response.status, payload) };
}

/**
 * Calls the Doorway API on the same origin by method and path (the run cookie rides along), for
 * routes the typed client does not describe; same Result as `call`.
 *
 * @example
 * const res = await apiRequest<{ status: string }>('GET', '/api/health');
 * if (res.ok) console.log(res.value.status);
 */
export function apiRequest<T>(
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<ApiResult<T>> {
  return call<T>(() =>
    fetch(path, {
      method,
      credentials: 'same-origin',
      headers:
        body === undefined
          ? { accept: 'application/json' }
          : { 'content-type': 'application/json', accept: 'application/json' },
      body: body === undefined ? null : JSON.stringify(body),
    }),
  );
}

function toHttpError(status: number, payload: unknown): ApiError {
  const error = isRecord(payload) && isRecord(payload.error) ? payload.error : {};
  const code = typeof error.code === 'string' ? error.code : `http_${status}`;
  const message =
    typeof error.message === 'string' ? error.message : `The server answered with status ${status}.`;
  const view = isRecord(error.view) ? (error.view as unknown as View) : undefined;
  return { kind: 'http', status, code, message, view };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * Unwraps a Result for TanStack Query, which expects a thrown error on failure.
 *
 * @example
 * useQuery({ queryKey: ['x'], queryFn: () => call<X>(() => api.api.x.$get()).then(orThrow) });
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
