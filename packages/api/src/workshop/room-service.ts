import type { CompiledScenario, Result } from '@doorway/engine';
import { type DomainError, failure } from '../errors/domain-error';
import { hashToken, newId, newSeed, newToken, type RandomBytes } from '../security/tokens';
import type { Storage, StoredScenarioVersion } from '../storage/storage';
import { newJoinCode, normaliseJoinCode } from './join-code';
import type { RoomBus } from './room-bus';
import {
  applyCommand,
  type CommandError,
  checkRoomLanguage,
  checkVote,
  roomDebrief,
  tally,
} from './room-core';
import { participantViewOf } from './room-feed';
import type { RoomLanguages } from './room-language';
import { initialRoomMachine, persistRoomMachine, type RoomCommand } from './room-machine';
import { roomReader } from './room-reader';
import type { RoomDebrief, RoomView } from './room-schemas';
import { type ParticipantRecord, type RoomRecord, roomStore } from './room-store';

export interface WorkshopDeps {
  storage: Storage;
  /** The latest content of a scenario, to open a room on. */
  latest(scenarioId: string): StoredScenarioVersion | undefined;
  /** The compiled scenario a room is pinned to. */
  compiledFor(scenarioId: string, contentHash: string): Promise<CompiledScenario>;
  now: () => Date;
  random: RandomBytes;
  bus: RoomBus;
  /** The languages a scenario can be shown in, and how to show a room's content in one. */
  languages: RoomLanguages;
}

const noRoom = () => failure('room_not_found');

/**
 * Workshop rooms: a facilitator opens one on a scenario, participants join with a code and vote, the
 * facilitator reveals and commits. The rules are pure (room-core.ts) and reading a room and its views is
 * room-reader.ts; this service loads a room, applies the rules, stores the result in one transaction under
 * optimistic concurrency, and tells the live screens.
 * Expected failures are returned as domain errors; the routes map them to HTTP.
 *
 * @example
 * const workshop = createWorkshopService(deps);
 * const room = await workshop.createRoom(user.id, 'through-an-interpreter');
 */
export function createWorkshopService(deps: WorkshopDeps) {
  const db = deps.storage.db;
  const store = roomStore(db);
  const at = () => deps.now().toISOString();

  const { load, loadById, presenterView, feedSnapshot } = roomReader({
    store,
    compiledFor: deps.compiledFor,
    languages: deps.languages,
  });

  const checkLanguage = (scenarioId: string, lang: string) =>
    checkRoomLanguage(scenarioId, deps.languages.offered(scenarioId), lang);

  return {
    async createRoom(
      facilitatorId: string,
      scenarioId: string,
      lang = 'en',
    ): Promise<Result<RoomRecord, DomainError<'scenario_not_found' | 'language_not_available'>>> {
      const latest = deps.latest(scenarioId);
      if (!latest)
        return failure('scenario_not_found', {
          message: `No scenario "${scenarioId}". Pick one from GET /api/scenarios.`,
        });
      const language = checkLanguage(scenarioId, lang);
      if (!language.ok) return language;
      await deps.storage.saveScenarioVersion(latest, at());
      const machine = persistRoomMachine(initialRoomMachine());
      for (let attempt = 0; attempt < 10; attempt++) {
        const room: RoomRecord = {
          id: newId(deps.random),
          code: newJoinCode(deps.random),
          facilitatorId,
          scenarioId,
          contentHash: latest.contentHash,
          seed: newSeed(deps.random),
          machine,
          phase: 'lobby',
          steps: [],
          version: 1,
          lang,
          createdAt: at(),
          updatedAt: at(),
        };
        if (await store.insert(room)) return { ok: true, value: room };
      }
      throw new Error('could not draw an unused join code in 10 attempts');
    },

    listRooms: (facilitatorId: string) => store.listByFacilitator(facilitatorId),

    /** The room, checked to belong to this facilitator. */
    async ownedRoom(
      roomId: string,
      facilitatorId: string,
    ): Promise<Result<RoomRecord, DomainError<'room_not_found' | 'not_your_room'>>> {
      const room = await store.byId(roomId);
      if (!room) return noRoom();
      if (room.facilitatorId !== facilitatorId) return failure('not_your_room');
      return { ok: true, value: room };
    },

    /** Applies a facilitator command and returns the presenter view after it. */
    async command(
      room: RoomRecord,
      command: RoomCommand,
    ): Promise<Result<RoomView, CommandError | DomainError<'room_changed' | 'room_not_found'>>> {
      const loaded = await load(room);
      const outcome = applyCommand(loaded, command);
      if (!outcome.ok) return outcome;
      const { machine, phase, steps, decision } = outcome.value;
      const round = loaded.machine.context.round;
      const votes = decision ? await store.votes(room.id, round) : [];
      const written = await db.transaction().execute(async (trx) => {
        const tx = roomStore(trx);
        const ok = await tx.update(
          room.id,
          room.version,
          { machine: persistRoomMachine(machine), phase, steps },
          at(),
        );
        if (ok && decision) {
          const idx = (await tx.decisions(room.id)).length;
          await tx.addDecision(room.id, {
            idx,
            ...decision,
            rounds: round,
            tally: decision.skipped ? {} : tally(votes),
          });
        }
        return ok;
      });
      if (!written) return failure('room_changed');
      await deps.bus.publish(room.id);
      const after = await loadById(room.id);
      return after ? { ok: true, value: await presenterView(after) } : noRoom();
    },

    async facilitatorView(room: RoomRecord): Promise<RoomView> {
      return presenterView(await load(room));
    },

    async participantView(
      roomId: string,
      participant: ParticipantRecord,
    ): Promise<Result<RoomView, DomainError<'room_not_found'>>> {
      const snapshot = await feedSnapshot(roomId);
      return snapshot ? { ok: true, value: participantViewOf(snapshot, participant) } : noRoom();
    },

    /**
     * Joins a room by code; returns the participant token (shown once, stored hashed). `lang` is the
     * phone's preference (its interface language): used when the scenario has it, else the room's.
     */
    async join(codeInput: string, nicknameInput: string | undefined, lang?: string) {
      const room = await store.byCode(normaliseJoinCode(codeInput));
      if (!room || room.phase === 'ended' || room.phase === 'finished')
        return failure('room_not_found', {
          message: 'No open room has this code. Check the code on the screen and try again.',
        });
      const token = newToken(deps.random);
      const id = newId(deps.random);
      const count = await store.countParticipants(room.id);
      const nickname = nicknameInput?.trim() || `Participant ${count + 1}`;
      const shown = lang !== undefined && checkLanguage(room.scenarioId, lang).ok ? lang : room.lang;
      await store.addParticipant({
        id,
        roomId: room.id,
        tokenHash: hashToken(token),
        nickname,
        lang: shown,
        at: at(),
      });
      await store.touch(room.id, at());
      await deps.bus.publish(room.id);
      return {
        ok: true as const,
        value: { roomId: room.id, code: room.code, participantId: id, nickname, lang: shown, token },
      };
    },

    /** The participant behind a token in this room, or undefined. */
    async participant(roomId: string, token: string): Promise<ParticipantRecord | undefined> {
      return store.participantByTokenHash(roomId, hashToken(token));
    },

    /**
     * A phone changes the language it shows the scenario in; its open streams follow (the change is
     * announced like a vote, and every snapshot carries each phone's language).
     */
    async setParticipantLanguage(
      roomId: string,
      participant: ParticipantRecord,
      lang: string,
    ): Promise<Result<ParticipantRecord, DomainError<'room_not_found' | 'language_not_available'>>> {
      const room = await store.byId(roomId);
      if (!room) return noRoom();
      const language = checkLanguage(room.scenarioId, lang);
      if (!language.ok) return language;
      await store.setParticipantLang(roomId, participant.id, lang);
      await store.touch(roomId, at());
      await deps.bus.publish(roomId);
      return { ok: true, value: { ...participant, lang } };
    },

    async vote(
      roomId: string,
      participantId: string,
      choiceId: string,
    ): Promise<Result<void, DomainError<'room_not_found' | 'vote_closed' | 'choice_not_available'>>> {
      const loaded = await loadById(roomId);
      if (!loaded) return noRoom();
      const allowed = checkVote(loaded, choiceId);
      if (!allowed.ok) return allowed;
      await store.vote({ roomId, round: loaded.machine.context.round, participantId, choiceId, at: at() });
      await store.touch(roomId, at());
      await deps.bus.publish(roomId);
      return allowed;
    },

    /** The room's path, the spread at each decision, the best alternative, and the competency results. */
    async debrief(room: RoomRecord): Promise<RoomDebrief> {
      const loaded = await load(room);
      const decisions = await store.decisions(room.id);
      return deps.languages.present(room, loaded.compiled, room.lang, (compiled) =>
        roomDebrief(room, { compiled, state: loaded.state }, decisions),
      );
    },

    async deleteRoom(room: RoomRecord): Promise<void> {
      await store.remove(room.id);
      await deps.bus.publish(room.id);
    },

    feedSnapshot,
  };
}

export type WorkshopService = ReturnType<typeof createWorkshopService>;
