import type { RoomBus } from './room-bus';
import type { RoomView } from './room-schemas';

/**
 * A participant's view from a shared snapshot: the room as everyone sees it, plus their own vote.
 *
 * @example
 * participantViewOf(snapshot, { id: participant.id, nickname: 'Bea', lang: 'es' }).you // { nickname: 'Bea', vote: 'ask' }
 */
export function participantViewOf(
  s: FeedSnapshot,
  participant: { id: string; nickname: string; lang: string },
): RoomView {
  // The snapshot's language for this phone is the newest (a phone that switched language in another
  // process); the one read with its token is for a phone that joined after the snapshot was loaded.
  const view = s.viewIn(s.langs.get(participant.id) ?? participant.lang);
  return { ...view, you: { nickname: participant.nickname, vote: s.votes.get(participant.id) } };
}

/** One load of a room for every live screen in this process: the shared views and who voted what. */
export interface FeedSnapshot {
  /** The presenter view, in the room's language. */
  view: RoomView;
  /** The same moment in another language (built once per language, shared by every phone showing it). */
  viewIn(lang: string): RoomView;
  /** participant id → choice id in the current round. Never sent: each phone gets only its own vote. */
  votes: Map<string, string>;
  /** participant id → the language that phone shows. */
  langs: Map<string, string>;
}

/**
 * Shares room loads between the live screens of one process: a change is loaded from the database
 * once, however many phones are connected, and each screen derives its own view from it. This is what
 * keeps a room of 300 phones cheap.
 *
 * @example
 * const feed = createRoomFeed(bus, (id) => workshop.feedSnapshot(id));
 * const stop = feed.subscribe(roomId, (snapshot) => send(snapshot.view));
 */
export function createRoomFeed(bus: RoomBus, load: (roomId: string) => Promise<FeedSnapshot | undefined>) {
  const rooms = new Map<
    string,
    {
      listeners: Set<(s: FeedSnapshot | null) => void>;
      latest: Promise<FeedSnapshot | undefined> | undefined;
      unsubscribe: () => void;
    }
  >();

  function refresh(roomId: string) {
    const room = rooms.get(roomId);
    if (!room) return;
    const loading = load(roomId);
    room.latest = loading;
    const gone = () => {
      // The room is gone (deleted) or unreadable: screens are told, and a reconnect loads again.
      if (room.latest === loading) room.latest = undefined;
      for (const listener of room.listeners) listener(null);
    };
    loading.then((snapshot) => {
      if (!snapshot) return gone();
      for (const listener of room.listeners) listener(snapshot);
    }, gone);
  }

  return {
    /** Calls `listener` on every change (null when the room is gone); `first` is the current snapshot. */
    subscribe(
      roomId: string,
      listener: (s: FeedSnapshot | null) => void,
    ): { first: Promise<FeedSnapshot | null>; stop: () => void } {
      let room = rooms.get(roomId);
      if (!room) {
        const created = {
          listeners: new Set<(s: FeedSnapshot | null) => void>(),
          latest: undefined as Promise<FeedSnapshot | undefined> | undefined,
          unsubscribe: () => {},
        };
        created.unsubscribe = bus.subscribe(roomId, () => refresh(roomId));
        rooms.set(roomId, created);
        room = created;
      }
      room.listeners.add(listener);
      // A fresh subscriber always gets a fresh read, so a reconnect never sees an old cached state.
      const first = load(roomId).then(
        (snapshot) => snapshot ?? null,
        () => null,
      );
      const current = room;
      return {
        first,
        stop: () => {
          current.listeners.delete(listener);
          if (current.listeners.size === 0) {
            current.unsubscribe();
            rooms.delete(roomId);
          }
        },
      };
    },
  };
}
