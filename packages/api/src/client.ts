/**
 * The web app's entry into this package: the typed client (a few lines of fetch, no server code) and
 * types only. Every request and response type is read from the route declarations (`declareRoute`),
 * so a changed schema is a compile error where the web app uses it.
 *
 * @example
 * import { createClient, type RouteResponse } from '@doorway/api/client';
 * type Run = RouteResponse<'get', '/api/runs/:id'>;
 */
export { type Client, type ClientOptions, createClient } from './client/create-client';
export type { DeclaredRoutes } from './client/declared-routes';
export type {
  ApiResult,
  ClientError,
  Method,
  PathOf,
  RouteInput,
  RouteResponse,
} from './client/route-types';
export type { Role } from './courses/schema';
export type { ErrorCode } from './errors/error-codes';
export type { ScenarioLanguage } from './schemas/catalog';
export type { ErrorBody } from './schemas/error';
export type { Lang } from './schemas/runs';
export type { RoomPhase } from './workshop/room-phase';
export type { RoomDebrief, RoomView } from './workshop/room-schemas';
