import type { Context, MiddlewareHandler } from 'hono';
import type { z } from 'zod';
import type { ApiError } from '../errors/api-error';
import { parseJsonBody, parseOptionalJsonBody } from '../http/validate';

/** The tags of the OpenAPI document, one per area. */
export type RouteTag =
  | 'service'
  | 'catalog'
  | 'runs'
  | 'accounts'
  | 'workshop'
  | 'organisations'
  | 'authoring';

/** One response a route may send: a description and, for JSON, its schema. */
export interface DeclaredResponse {
  description: string;
  schema?: z.ZodType;
  /** A non-JSON body (the SSE stream, a CSV, a zip): its media type, documented without a schema. */
  mediaType?: string;
}

/** A route's responses by status. */
export type DeclaredResponses = Record<number, DeclaredResponse>;

/**
 * What `declareRoute` takes: everything the router, the validators, the document and the 405 table need.
 * The type parameters keep each declaration's own schemas, so the typed client (`src/client/`) reads the
 * request and response types of every route from its declaration.
 */
export interface RouteSpec<
  M extends RouteMethod = RouteMethod,
  P extends string = string,
  Params extends z.ZodType | undefined = z.ZodType | undefined,
  Body extends z.ZodType | undefined = z.ZodType | undefined,
  R extends DeclaredResponses = DeclaredResponses,
  Q extends string = string,
  OptBody extends z.ZodType | undefined = z.ZodType | undefined,
> {
  method: M;
  /** The Hono path, `:id` for parameters (the document writes `{id}`). */
  path: P;
  summary: string;
  tag: RouteTag;
  /** Who may call it: the workshop's session cookie or participant token, the run token. */
  auth?: 'facilitator' | 'participant' | 'run';
  /** Path parameters: their schema and the error a value outside it gets (a clean 404, never storage). */
  params?: Params extends z.ZodType ? { schema: Params; invalid: () => ApiError } : undefined;
  /** The JSON body: 415 for another media type, 400 `malformed_json`, 400 `invalid_body` naming the fields. */
  body?: Body;
  /**
   * A JSON body that may be left out: documented as not required; none (or only white space) reaches the
   * handler as `undefined`, anything else is checked as `body` is.
   */
  optionalBody?: OptBody;
  /** Query parameters the route reads (documented; the handler checks them). */
  query?: readonly { name: Q; description: string }[];
  responses: R;
}

export type RouteMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

// biome-ignore lint/complexity/noBannedTypes: Hono's `Input` is built from `{}` for "nothing to validate".
type Nothing = {};
type ParamIn<Params> = Params extends z.ZodType ? { param: z.input<Params> } : Nothing;
type ParamOut<Params> = Params extends z.ZodType ? { param: z.output<Params> } : Nothing;
type BodyIn<Body> = Body extends z.ZodType ? { json: z.input<Body> } : Nothing;
type BodyOut<Body> = Body extends z.ZodType ? { json: z.output<Body> } : Nothing;
type OptBodyIn<OptBody> = OptBody extends z.ZodType ? { json?: z.input<OptBody> } : Nothing;
type OptBodyOut<OptBody> = OptBody extends z.ZodType ? { json: z.output<OptBody> | undefined } : Nothing;

/** The validated input a declared route hands its handler (`c.req.valid('json')`) and the typed client. */
export type DeclaredInput<Params, Body, OptBody = undefined> = {
  in: ParamIn<Params> & BodyIn<Body> & OptBodyIn<OptBody>;
  out: ParamOut<Params> & BodyOut<Body> & OptBodyOut<OptBody>;
};

/** A declared route: its spec and the one middleware that validates its request. */
export interface DeclaredRoute<
  M extends RouteMethod = RouteMethod,
  P extends string = string,
  Params extends z.ZodType | undefined = z.ZodType | undefined,
  Body extends z.ZodType | undefined = z.ZodType | undefined,
  R extends DeclaredResponses = DeclaredResponses,
  Q extends string = string,
  OptBody extends z.ZodType | undefined = z.ZodType | undefined,
> {
  spec: RouteSpec<M, P, Params, Body, R, Q, OptBody>;
  method: M;
  path: P;
  /** Register it first in the route's handlers: `.post(route.path, route.validate, handler)`. */
  // biome-ignore lint/suspicious/noExplicitAny: the environment is the app's; the input is what this route validates.
  validate: MiddlewareHandler<any, P, DeclaredInput<Params, Body, OptBody>>;
}

const declared = new WeakMap<object, RouteSpec>();

/**
 * Declares a route once: the request schemas become its validator, and the same declaration, found by
 * that validator among the app's routes, writes its OpenAPI operation and its line in the 405 `Allow` table.
 *
 * @example
 * const getRun = declareRoute({ method: 'get', path: '/api/runs/:id', summary: 'Resume a run.', tag: 'runs',
 *   params: { schema: RunIdParams, invalid: runNotFound }, responses: { 200: { description: 'The run.', schema: RunResponse } } });
 * new Hono().get(getRun.path, getRun.validate, (c) => c.json(...));
 */
export function declareRoute<
  const M extends RouteMethod,
  const P extends string,
  Params extends z.ZodType | undefined = undefined,
  Body extends z.ZodType | undefined = undefined,
  R extends DeclaredResponses = DeclaredResponses,
  const Q extends string = never,
  OptBody extends z.ZodType | undefined = undefined,
>(spec: RouteSpec<M, P, Params, Body, R, Q, OptBody>): DeclaredRoute<M, P, Params, Body, R, Q, OptBody> {
  const validate: MiddlewareHandler = async (c: Context, next) => {
    if (spec.params) {
      const parsed = spec.params.schema.safeParse(c.req.param());
      if (!parsed.success) throw spec.params.invalid();
      c.req.addValidatedData('param', parsed.data as object);
    }
    if (spec.body) c.req.addValidatedData('json', (await parseJsonBody(c, spec.body)) as object);
    else if (spec.optionalBody)
      c.req.addValidatedData('json', (await parseOptionalJsonBody(c, spec.optionalBody)) as object);
    await next();
  };
  declared.set(validate, spec as RouteSpec);
  return {
    spec,
    method: spec.method,
    path: spec.path,
    validate: validate as DeclaredRoute<M, P, Params, Body, R, Q, OptBody>['validate'],
  };
}

/** A sub-app with its own error handler has its handlers wrapped when mounted; Hono keeps the original. */
function unwrapped(handler: unknown): object {
  let h = handler as { __COMPOSED_HANDLER?: unknown };
  while (h.__COMPOSED_HANDLER) h = h.__COMPOSED_HANDLER as { __COMPOSED_HANDLER?: unknown };
  return h;
}

/** One declared route as the app serves it: the method and path it is mounted at, and its spec. */
export interface ServedRoute {
  method: RouteMethod;
  /** Hono style, as mounted. */
  path: string;
  spec: RouteSpec;
}

/**
 * The declared routes among an app's routes (`app.routes`), at the paths they are mounted at.
 * A declaration registered under another method than it declares is a bug: this throws.
 *
 * @example
 * servedRoutes(app.routes).map((r) => `${r.method} ${r.path}`) // ['get /api/health', ...]
 */
export function servedRoutes(
  routes: readonly { method: string; path: string; handler: unknown }[],
): ServedRoute[] {
  const seen = new Set<string>();
  const out: ServedRoute[] = [];
  for (const route of routes) {
    const spec = declared.get(unwrapped(route.handler));
    if (!spec) continue;
    const method = route.method.toLowerCase();
    if (method !== spec.method)
      throw new Error(`${spec.method} ${spec.path} is registered as ${route.method} ${route.path}`);
    const key = `${method} ${route.path}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ method: spec.method, path: route.path, spec });
  }
  return out;
}
