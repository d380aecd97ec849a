import { EventEmitter } from 'node:events';
import pg from 'pg';
import { pgListener } from '../storage/pg-listener';

/**
 * Tells every API process that a room changed. Only the room id travels: listeners reload the room
 * from the database, so a lost or merged notification can never leave a screen with wrong data.
 */
export interface RoomBus {
  publish(roomId: string): Promise<void>;
  /** Calls `listener` whenever the room changes; returns the unsubscribe function. */
  subscribe(roomId: string, listener: () => void): () => void;
  close(): Promise<void>;
}

function localFanOut() {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0); // one listener per live SSE connection
  return {
    emit: (roomId: string) => emitter.emit(roomId),
    /** Rooms with at least one local subscriber. */
    rooms: () => emitter.eventNames().filter((n): n is string => typeof n === 'string'),
    subscribe(roomId: string, listener: () => void) {
      emitter.on(roomId, listener);
      return () => emitter.off(roomId, listener);
    },
  };
}

/**
 * The bus for one process (SQLite): an in-memory event emitter.
 *
 * @example
 * const bus = inProcessBus();
 * const off = bus.subscribe(roomId, () => push());
 */
export function inProcessBus(): RoomBus {
  const local = localFanOut();
  return {
    async publish(roomId) {
      local.emit(roomId);
    },
    subscribe: local.subscribe,
    async close() {},
  };
}

export const ROOM_CHANNEL = 'doorway_rooms';

/**
 * The bus across processes (PostgreSQL): `NOTIFY doorway_rooms, '<room id>'` on publish, and one
 * dedicated `LISTEN` connection per process that fans notifications out to local subscribers.
 * A process hears its own notifications too, so local subscribers are reached only through LISTEN.
 * When that connection drops it is made again (storage/pg-listener.ts) and every room with a local
 * subscriber is told to reload, since notifications sent while it was down are lost.
 *
 * @example
 * const bus = await postgresBus('postgres://root@127.0.0.1:5432/test');
 */
export async function postgresBus(url: string): Promise<RoomBus> {
  const local = localFanOut();
  const publisher = new pg.Pool({ connectionString: url, max: 2 });
  // An idle publisher connection dropped by the database would otherwise crash the process; pg-pool
  // replaces it on the next publish.
  publisher.on('error', () => undefined);
  const listener = pgListener(url, ROOM_CHANNEL, (roomId) => local.emit(roomId), {
    onReconnect: () => {
      for (const roomId of local.rooms()) local.emit(roomId);
    },
    log: (message) => console.error(`room bus: ${message}`),
  });
  await listener.ready;
  return {
    async publish(roomId) {
      await publisher.query('SELECT pg_notify($1, $2)', [ROOM_CHANNEL, roomId]);
    },
    subscribe: local.subscribe,
    async close() {
      await listener.close();
      await publisher.end().catch(() => undefined);
    },
  };
}
