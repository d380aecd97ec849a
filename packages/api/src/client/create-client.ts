import type { ApiResult, ClientError, InputArgs, Method, PathOf, RouteResponse } from './route-types';

// The typed client's run time: a few lines of fetch with no imports, so the web bundle carries nothing
// of the server. Every type comes from the route declarations (./route-types.ts).

type Call<M extends Method> = <P extends PathOf<M>>(
  path: P,
  ...input: InputArgs<M, P>
) => Promise<ApiResult<RouteResponse<M, P>>>;

type RawCall<M extends Method> = <P extends PathOf<M>>(
  path: P,
  ...input: InputArgs<M, P>
) => Promise<ApiResult<Response>>;

/** The typed client: one function per method, taking a declared path and that route's input. */
export type Client = { [M in Method]: Call<M> } & {
  /** For a route whose success is not JSON (a zip, a CSV): the ok `Response`, or the same typed error. */
  raw: { [M in Method]: RawCall<M> };
};

export interface ClientOptions {
  /** Prefix of every path: '' on the same origin (the default), `http://host:port` elsewhere. */
  baseUrl?: string;
  /** The fetch to use (a test passes the app's own `request`). */
  fetch?: (url: string, init: RequestInit) => Promise<Response>;
  /** Sent with every request, e.g. `{ credentials: 'same-origin' }`. */
  init?: RequestInit;
}

const networkError: ClientError = {
  kind: 'network',
  message: 'Doorway could not reach the server. Check your connection and try again.',
};

/**
 * A client for the declared routes: `client.get('/api/runs/:id', { param: { id } })` returns a Result
 * whose value is the route's declared 2xx body; network failures and the API's error bodies come back
 * as one typed `ClientError`, never as exceptions.
 *
 * @example
 * const api = createClient({ init: { credentials: 'same-origin' } });
 * const res = await api.post('/api/runs', { json: { scenarioId: 'first-contact', mode: 'coach' } });
 * if (res.ok) console.log(res.value.run.id); else console.log(res.error.code, res.error.message);
 */
export function createClient(options: ClientOptions = {}): Client {
  const doFetch = options.fetch ?? ((url: string, init: RequestInit) => fetch(url, init));
  const send = async (
    method: Method,
    path: string,
    input: Input | undefined,
  ): Promise<ApiResult<Response>> => {
    const hasBody = input?.json !== undefined;
    const headers: Record<string, string> = {
      accept: 'application/json',
      ...(hasBody ? { 'content-type': 'application/json' } : {}),
      ...input?.headers,
    };
    let response: Response;
    try {
      response = await doFetch(`${options.baseUrl ?? ''}${urlOf(path, input)}`, {
        ...options.init,
        method: method.toUpperCase(),
        headers,
        body: hasBody ? JSON.stringify(input?.json) : null,
      });
    } catch {
      return { ok: false, error: networkError };
    }
    if (response.ok) return { ok: true, value: response };
    const payload: unknown = await response.json().catch(() => undefined);
    return { ok: false, error: httpError(response.status, payload) };
  };
  const json =
    (method: Method) =>
    async (path: string, input?: Input): Promise<ApiResult<unknown>> => {
      const res = await send(method, path, input);
      if (!res.ok) return res;
      const isJson = res.value.headers.get('content-type')?.includes('json') ?? false;
      if (res.value.status === 204 || !isJson) return { ok: true, value: undefined };
      try {
        return { ok: true, value: (await res.value.json()) as unknown };
      } catch {
        return { ok: false, error: networkError };
      }
    };
  const raw = (method: Method) => (path: string, input?: Input) => send(method, path, input);
  const methods: Method[] = ['get', 'post', 'put', 'patch', 'delete'];
  return {
    ...Object.fromEntries(methods.map((m) => [m, json(m)])),
    raw: Object.fromEntries(methods.map((m) => [m, raw(m)])),
  } as unknown as Client;
}

/** The input as the run time sees it: every field optional and loosely typed. */
type Input = {
  param?: Record<string, string | number>;
  json?: unknown;
  query?: Record<string, string | undefined>;
  headers?: Record<string, string>;
};

/** `/api/runs/:id` with `{ id: 'ab' }` → `/api/runs/ab`, plus the query's defined values. */
function urlOf(path: string, input: Input | undefined): string {
  const filled = path.replace(/:([A-Za-z0-9_]+)/g, (_, name: string) => {
    const value = input?.param?.[name];
    if (value === undefined) throw new Error(`${path}: no value for :${name}`);
    return encodeURIComponent(String(value));
  });
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(input?.query ?? {})) if (v !== undefined) query.set(k, v);
  const qs = query.toString();
  return qs ? `${filled}?${qs}` : filled;
}

function httpError(status: number, payload: unknown): ClientError {
  const body = isRecord(payload) && isRecord(payload.error) ? payload.error : {};
  const { code, message, ...rest } = body;
  return {
    ...(rest as Omit<Extract<ClientError, { kind: 'http' }>, 'kind' | 'status' | 'code' | 'message'>),
    kind: 'http',
    status,
    code:
      typeof code === 'string' ? (code as Extract<ClientError, { kind: 'http' }>['code']) : `http_${status}`,
    message: typeof message === 'string' ? message : `The server answered with status ${status}.`,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
