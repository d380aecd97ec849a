/** Types for the web app's typed client (`hono/client`): import only types from here. */
export type { AppType } from './app';
export type { Role } from './courses/schema';
export type { ErrorCode } from './errors/error-codes';
export type { ScenarioLanguage } from './schemas/catalog';
export type { ErrorBody } from './schemas/error';
export type { Lang } from './schemas/runs';
export type { RoomPhase } from './workshop/room-phase';
export type { RoomDebrief, RoomView } from './workshop/room-schemas';
