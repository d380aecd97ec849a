/** Types for the web app's typed client (`hono/client`): import only types from here. */
export type { AppType } from './app';
