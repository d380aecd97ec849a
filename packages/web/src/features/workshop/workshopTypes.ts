import type { RoomDebrief, RoomPhase, RoomView } from '@doorway/api/client';

// The shapes the workshop routes return come from the API package as types only, so the
// participant's phone loads no server code.
export type { RoomDebrief, RoomPhase, RoomView };
