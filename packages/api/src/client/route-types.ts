import type { z } from 'zod';
import type { ErrorCode } from '../errors/error-codes';
import type { ErrorBody } from '../schemas/error';
import type { DeclaredRoutes } from './declared-routes';

// The request and response types of each declared route, read from its declaration (types only).

/** A method the client can send, and the paths declared for it. */
export type Method = keyof DeclaredRoutes;
export type PathOf<M extends Method> = keyof DeclaredRoutes[M] & string;
type RouteAt<M extends Method, P extends PathOf<M>> = DeclaredRoutes[M][P];
/** One part of a route's spec (`body`, `responses`, …), read without constraining the route's type. */
type SpecPart<R, K extends string> = R extends { spec: infer S }
  ? K extends keyof S
    ? S[K]
    : undefined
  : never;

type SchemaOf<T> = [NonNullable<T>] extends [never]
  ? undefined
  : NonNullable<T> extends z.ZodType
    ? NonNullable<T>
    : undefined;

/** `/api/orgs/:orgId/courses/:courseId` → `'orgId' | 'courseId'`. */
type PathParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | PathParamNames<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;

type PathAt<R> = R extends { path: infer P extends string } ? P : never;
type ParamsOf<R> =
  SchemaOf<NonNullable<SpecPart<R, 'params'>> extends { schema: infer S } ? S : never> extends infer S extends
    z.ZodType
    ? z.input<S>
    : [PathParamNames<PathAt<R>>] extends [never]
      ? undefined
      : { [K in PathParamNames<PathAt<R>>]: string };

type QueryNames<R> = R extends { spec: { query?: readonly { name: infer Q }[] } } ? Q & string : never;

/** What a call to one route takes: `param` for path parameters, `json` for the body, `query`, `headers`. */
export type RouteInput<M extends Method, P extends PathOf<M>> = (ParamsOf<RouteAt<M, P>> extends undefined
  ? unknown
  : { param: ParamsOf<RouteAt<M, P>> }) &
  (SchemaOf<SpecPart<RouteAt<M, P>, 'body'>> extends z.ZodType
    ? { json: z.input<SchemaOf<SpecPart<RouteAt<M, P>, 'body'>>> }
    : SchemaOf<SpecPart<RouteAt<M, P>, 'optionalBody'>> extends z.ZodType
      ? { json?: z.input<SchemaOf<SpecPart<RouteAt<M, P>, 'optionalBody'>>> }
      : unknown) &
  ([QueryNames<RouteAt<M, P>>] extends [never]
    ? unknown
    : { query?: { [K in QueryNames<RouteAt<M, P>>]?: string | undefined } }) & {
    headers?: Record<string, string>;
  };

/** The arguments after the path: the input, left out when the route needs nothing. */
export type InputArgs<M extends Method, P extends PathOf<M>> =
  object extends RouteInput<M, P> ? [input?: RouteInput<M, P>] : [input: RouteInput<M, P>];

type BodyOf<Response> = Response extends { schema: infer S extends z.ZodType } ? z.output<S> : undefined;

type ResponsesAt<M extends Method, P extends PathOf<M>> = SpecPart<RouteAt<M, P>, 'responses'>;
type SuccessStatus<Responses> = {
  [S in keyof Responses]: `${S & number}` extends `2${string}` ? S : never;
}[keyof Responses];

/**
 * The success body of a route: the union of its declared 2xx JSON schemas' output (`undefined` for a
 * 2xx without a JSON schema: 204, a file).
 */
export type RouteResponse<M extends Method, P extends PathOf<M>> = BodyOf<
  ResponsesAt<M, P>[SuccessStatus<ResponsesAt<M, P>>]
>;

/**
 * Why a request failed: the network, or the API's one error body (`{ error: { code, message, … } }`)
 * with its status. A body that is not an API error (a proxy's 502) gets the code `http_<status>`.
 */
export type ClientError =
  | { kind: 'network'; message: string }
  | ({ kind: 'http'; status: number } & Omit<ErrorBody['error'], 'code'> & {
        code: ErrorCode | `http_${number}`;
      });

/** A call's outcome as a value: the typed success body, or the typed error. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ClientError };
