import { type CompiledScenario, replay, viewOf } from '@doorway/engine';
import type { RoomState } from './room-core';
import type { FeedSnapshot } from './room-feed';
import type { RoomLanguages } from './room-language';
import { phaseOf, restoreRoomMachine } from './room-machine';
import type { RoomView } from './room-schemas';
import type { RoomRecord, RoomStore } from './room-store';
import { roomView } from './room-view';

/** A room read from the database with its rules' state (machine and replayed scenario). */
export interface LoadedRoom extends RoomState {
  room: RoomRecord;
}

/** What reading a room needs: its store, the compiled scenario it is pinned to, and its languages. */
export interface RoomReaderDeps {
  store: RoomStore;
  compiledFor(scenarioId: string, contentHash: string): Promise<CompiledScenario>;
  languages: RoomLanguages;
}

/**
 * The read side of the workshop service: a stored room with its machine restored and its committed steps
 * replayed (the state room-core.ts's rules take), and the views every screen shows, in any language.
 * Nothing here writes.
 *
 * @example
 * const reader = roomReader({ store, compiledFor, languages });
 * const loaded = await reader.loadById(roomId);
 * if (loaded) await reader.presenterView(loaded);
 */
export function roomReader(deps: RoomReaderDeps) {
  const { store } = deps;

  async function load(room: RoomRecord): Promise<LoadedRoom> {
    const compiled = await deps.compiledFor(room.scenarioId, room.contentHash);
    const replayed = replay(compiled, { seed: room.seed, mode: 'practice', steps: room.steps });
    if (!replayed.ok) throw new Error(`room ${room.id} no longer replays: ${JSON.stringify(replayed.error)}`);
    return { room, machine: restoreRoomMachine(room.machine), compiled, state: replayed.value };
  }

  async function loadById(id: string): Promise<LoadedRoom | undefined> {
    const room = await store.byId(id);
    return room ? load(room) : undefined;
  }

  /** The room's view in a language; votes are option ids, so the counts are the same in every language. */
  function viewIn(
    loaded: LoadedRoom,
    lang: string,
    votes: { participantId: string; choiceId: string }[],
    participants: number,
  ): RoomView {
    const { room, machine, compiled, state } = loaded;
    const view = deps.languages.present(room, compiled, lang, (shown) =>
      roomView({
        room,
        phase: phaseOf(machine),
        round: machine.context.round,
        feedbackShown: machine.context.feedbackShown,
        compiled: shown,
        view: viewOf(shown, state),
        votes,
        participants,
      }),
    );
    return { ...view, languages: deps.languages.offered(room.scenarioId) };
  }

  /** The presenter view: in the room's language. */
  async function presenterView(loaded: LoadedRoom): Promise<RoomView> {
    const { room, machine } = loaded;
    const votes = await store.votes(room.id, machine.context.round);
    return viewIn(loaded, room.lang, votes, await store.countParticipants(room.id));
  }

  /** The room as every live screen needs it, loaded once for all of them (see room-feed.ts); undefined once deleted. */
  async function feedSnapshot(roomId: string): Promise<FeedSnapshot | undefined> {
    const loaded = await loadById(roomId);
    if (!loaded) return undefined;
    const round = await store.votes(roomId, loaded.machine.context.round);
    const langs = await store.participantLangs(roomId);
    // One view per language any screen shows, built on first use and shared by every phone in it.
    const views = new Map<string, RoomView>();
    const inLang = (lang: string) => {
      const cached = views.get(lang);
      if (cached) return cached;
      const made = viewIn(loaded, lang, round, langs.size);
      views.set(lang, made);
      return made;
    };
    return {
      view: inLang(loaded.room.lang),
      viewIn: inLang,
      votes: new Map(round.map((v) => [v.participantId, v.choiceId])),
      langs,
    };
  }

  return { load, loadById, presenterView, feedSnapshot };
}

export type RoomReader = ReturnType<typeof roomReader>;
