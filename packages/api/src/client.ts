/** Types for the web app's typed client (`hono/client`): import only types from here. */
export type { AppType } from './app';
export type { RoomPhase } from './workshop/room-machine';
export type { RoomDebrief } from './workshop/room-service';
export type { RoomView } from './workshop/room-view';
