import {
  applyStep,
  type CompiledScenario,
  feedbackFor,
  type RunState,
  replay,
  report,
  type Step,
  viewOf,
} from '@doorway/engine';
import type { Kysely } from 'kysely';
import { createActor } from 'xstate';
import { ApiError } from '../errors/api-error';
import { hashToken, newId, newSeed, newToken, type RandomBytes } from '../security/tokens';
import type { Storage, StoredScenarioVersion } from '../storage/storage';
import { newJoinCode, normaliseJoinCode } from './join-code';
import type { RoomBus } from './room-bus';
import { type FeedSnapshot, participantViewOf } from './room-feed';
import { phaseOf, type RoomCommand, type RoomSnapshot, roomMachine } from './room-machine';
import { type RoomRecord, roomStore } from './room-store';
import { type RoomView, roomView } from './room-view';
import type { WorkshopTables } from './schema';

export interface WorkshopDeps {
  storage: Storage;
  /** The latest content of a scenario, to open a room on. */
  latest(scenarioId: string): StoredScenarioVersion | undefined;
  /** The compiled scenario a room is pinned to. */
  compiledFor(scenarioId: string, contentHash: string): Promise<CompiledScenario>;
  now: () => Date;
  random: RandomBytes;
  bus: RoomBus;
}

const illegal: Record<RoomCommand['type'], string> = {
  start: 'The room has already started.',
  'open-vote': 'Voting can only open while the room is looking at a decision that is not being voted on.',
  'close-vote': 'There is no open vote to close.',
  reveal: 'Close the vote before revealing the spread.',
  'show-feedback': 'Reveal the spread before showing the feedback.',
  revote: 'A re-vote is possible after a vote has closed.',
  commit: 'Close the vote before committing a choice.',
  skip: 'Only a beat that is on screen and not being voted on can be skipped.',
  pause: 'The room is not running.',
  resume: 'The room is not paused.',
  end: 'The room has already ended.',
};

/** Loaded room: record, restored machine snapshot and replayed scenario state. */
interface Loaded {
  room: RoomRecord;
  machine: RoomSnapshot;
  compiled: CompiledScenario;
  state: RunState;
}

/**
 * Workshop rooms: a facilitator opens one on a scenario, participants join with a code and vote,
 * the facilitator reveals and commits. The room's lifecycle is `roomMachine`; the scenario state is
 * replayed from the committed steps like a run's, so the server stays the authority.
 *
 * @example
 * const workshop = createWorkshopService(deps);
 * const room = await workshop.createRoom(user.id, 'through-an-interpreter');
 */
export function createWorkshopService(deps: WorkshopDeps) {
  // The workshop tables live beside the core ones (migration 002); this view of the database names only them.
  const db = deps.storage.db as unknown as Kysely<WorkshopTables>;
  const store = roomStore(db);
  const at = () => deps.now().toISOString();

  function restoreMachine(persisted: unknown): RoomSnapshot {
    return createActor(roomMachine, { snapshot: persisted as never }).getSnapshot();
  }

  async function load(room: RoomRecord): Promise<Loaded> {
    const compiled = await deps.compiledFor(room.scenarioId, room.contentHash);
    const replayed = replay(compiled, { seed: room.seed, mode: 'practice', steps: room.steps });
    if (!replayed.ok) throw new Error(`room ${room.id} no longer replays: ${JSON.stringify(replayed.error)}`);
    return { room, machine: restoreMachine(room.machine), compiled, state: replayed.value };
  }

  async function loadById(id: string): Promise<Loaded> {
    const room = await store.byId(id);
    if (!room) throw new ApiError(404, 'room_not_found', 'No such room. Check the link, or open a new room.');
    return load(room);
  }

  async function viewFor(
    loaded: Loaded,
    votes?: { participantId: string; choiceId: string }[],
  ): Promise<RoomView> {
    const { room, machine, compiled, state } = loaded;
    votes ??= await store.votes(room.id, machine.context.round);
    return roomView({
      room,
      phase: phaseOf(machine),
      round: machine.context.round,
      feedbackShown: machine.context.feedbackShown,
      compiled,
      state,
      view: viewOf(compiled, state),
      votes,
      participants: await store.countParticipants(room.id),
    });
  }

  function tally(votes: { choiceId: string }[]): Record<string, number> {
    const out: Record<string, number> = {};
    for (const v of votes) out[v.choiceId] = (out[v.choiceId] ?? 0) + 1;
    return out;
  }

  /** The room as every live screen needs it, loaded once for all of them (see room-feed.ts). */
  async function feedSnapshot(roomId: string): Promise<FeedSnapshot> {
    const loaded = await loadById(roomId);
    const round = await store.votes(roomId, loaded.machine.context.round);
    return {
      view: await viewFor(loaded, round),
      votes: new Map(round.map((v) => [v.participantId, v.choiceId])),
    };
  }

  /** The best option offered at the current beat (what a skipped beat takes, so the story can go on). */
  function bestOffered(loaded: Loaded): string {
    const view = viewOf(loaded.compiled, loaded.state);
    const best = view.choices.find(
      (c) => feedbackFor(loaded.compiled, view.beat.id, c.id).verdict === 'best',
    );
    const pick = best ?? view.choices[0];
    if (!pick) throw new ApiError(409, 'nothing_to_skip', 'This beat has no choice to move on with.');
    return pick.id;
  }

  /** Applies one legal command; the scenario moves on for commit and skip. */
  async function applyCommand(loaded: Loaded, command: RoomCommand): Promise<void> {
    const { room, compiled } = loaded;
    if (!loaded.machine.can(command)) {
      throw new ApiError(
        409,
        'illegal_command',
        `${illegal[command.type]} (The room is ${phaseOf(loaded.machine)}.)`,
        {
          phase: phaseOf(loaded.machine),
        },
      );
    }
    let steps = room.steps;
    let decision: { beatId: string; choiceId: string; skipped: boolean } | undefined;
    let ended = false;
    if (command.type === 'commit' || command.type === 'skip') {
      const view = viewOf(compiled, loaded.state);
      if (command.type === 'skip' && !view.beat.contentNote) {
        throw new ApiError(409, 'skip_not_allowed', 'Only a beat marked with a content note can be skipped.');
      }
      const choiceId = command.type === 'commit' ? command.choiceId : bestOffered(loaded);
      const step: Step = { kind: 'choice', beatId: view.beat.id, choiceId };
      const next = applyStep(compiled, loaded.state, step);
      if (!next.ok) {
        throw new ApiError(409, next.error.code, `${next.error.message} Pick one of the options on screen.`);
      }
      steps = [...steps, step];
      decision = { beatId: view.beat.id, choiceId, skipped: command.type === 'skip' };
      ended = next.value.status !== 'active';
    }
    const actor = createActor(roomMachine, { snapshot: loaded.machine as never }).start();
    actor.send(command);
    if (ended) actor.send({ type: 'scenario.ended' });
    const machine = actor.getPersistedSnapshot();
    const phase = phaseOf(actor.getSnapshot());
    actor.stop();
    const votes = decision ? await store.votes(room.id, loaded.machine.context.round) : [];
    const written = await db.transaction().execute(async (trx) => {
      const tx = roomStore(trx);
      const ok = await tx.update(room.id, room.version, { machine, phase, steps }, at());
      if (ok && decision) {
        const idx = (await tx.decisions(room.id)).length;
        await tx.addDecision(room.id, {
          idx,
          ...decision,
          rounds: loaded.machine.context.round,
          tally: decision.skipped ? {} : tally(votes),
        });
      }
      return ok;
    });
    if (!written) {
      throw new ApiError(
        409,
        'room_changed',
        'The room changed while this command was sent. Look at the current state and try again.',
      );
    }
    await deps.bus.publish(room.id);
  }

  return {
    async createRoom(facilitatorId: string, scenarioId: string): Promise<RoomRecord> {
      const latest = deps.latest(scenarioId);
      if (!latest)
        throw new ApiError(
          404,
          'scenario_not_found',
          `No scenario "${scenarioId}". Pick one from GET /api/scenarios.`,
        );
      await deps.storage.saveScenarioVersion(latest, at());
      const initial = createActor(roomMachine).start();
      const machine = initial.getPersistedSnapshot();
      initial.stop();
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
          createdAt: at(),
          updatedAt: at(),
        };
        if (await store.insert(room)) return room;
      }
      throw new Error('could not draw an unused join code in 10 attempts');
    },

    listRooms: (facilitatorId: string) => store.listByFacilitator(facilitatorId),

    /** The room, checked to belong to this facilitator (403 otherwise). */
    async ownedRoom(roomId: string, facilitatorId: string): Promise<RoomRecord> {
      const room = await store.byId(roomId);
      if (!room)
        throw new ApiError(404, 'room_not_found', 'No such room. Check the link, or open a new room.');
      if (room.facilitatorId !== facilitatorId)
        throw new ApiError(403, 'not_your_room', 'Only the facilitator who opened this room can run it.');
      return room;
    },

    async command(room: RoomRecord, command: RoomCommand): Promise<RoomView> {
      await applyCommand(await load(room), command);
      return viewFor(await loadById(room.id));
    },

    async facilitatorView(room: RoomRecord): Promise<RoomView> {
      return viewFor(await load(room));
    },

    async participantView(roomId: string, participant: { id: string; nickname: string }): Promise<RoomView> {
      return participantViewOf(await feedSnapshot(roomId), participant);
    },

    /** Joins a room by code; returns the participant token (shown once, stored hashed). */
    async join(codeInput: string, nicknameInput: string | undefined) {
      const room = await store.byCode(normaliseJoinCode(codeInput));
      if (!room || room.phase === 'ended' || room.phase === 'finished') {
        throw new ApiError(
          404,
          'room_not_found',
          'No open room has this code. Check the code on the screen and try again.',
        );
      }
      const token = newToken(deps.random);
      const id = newId(deps.random);
      const count = await store.countParticipants(room.id);
      const nickname = nicknameInput?.trim() || `Participant ${count + 1}`;
      await store.addParticipant({ id, roomId: room.id, tokenHash: hashToken(token), nickname, at: at() });
      await store.touch(room.id, at());
      await deps.bus.publish(room.id);
      return { roomId: room.id, code: room.code, participantId: id, nickname, token };
    },

    /** The participant behind a token in this room, or undefined. */
    async participant(roomId: string, token: string) {
      return store.participantByTokenHash(roomId, hashToken(token));
    },

    async vote(roomId: string, participantId: string, choiceId: string): Promise<void> {
      const loaded = await loadById(roomId);
      if (phaseOf(loaded.machine) !== 'voting') {
        throw new ApiError(
          409,
          'vote_closed',
          'Voting is not open right now. Wait for the facilitator to open the vote.',
        );
      }
      const view = viewOf(loaded.compiled, loaded.state);
      if (!view.choices.some((c) => c.id === choiceId)) {
        throw new ApiError(
          409,
          'choice_not_available',
          'That option is not on screen. Pick one of the current options.',
        );
      }
      await store.vote({ roomId, round: loaded.machine.context.round, participantId, choiceId, at: at() });
      await store.touch(roomId, at());
      await deps.bus.publish(roomId);
    },

    /** The room's path, the spread at each decision, the best alternative, and the competency results. */
    async debrief(room: RoomRecord) {
      const loaded = await load(room);
      const decisions = await store.decisions(room.id);
      const engineReport = report(loaded.compiled, loaded.state);
      return {
        room: {
          id: room.id,
          code: room.code,
          scenario: { id: room.scenarioId, title: loaded.compiled.scenario.title },
        },
        ended: loaded.state.status !== 'active',
        ending: engineReport.ending,
        overall: engineReport.overall,
        competencies: engineReport.competencies.map((c) => ({ id: c.id, name: c.name, score: c.score })),
        decisions: engineReport.decisions.map((d, i) => {
          const record = decisions[i];
          const tallyOf = record?.tally ?? {};
          return {
            index: i + 1,
            beatId: d.beatId,
            beatTitle: d.beatTitle,
            prompt: d.prompt,
            chosen: d.choice,
            verdict: d.verdict,
            feedback: d.feedback,
            skipped: record?.skipped ?? false,
            rounds: record?.rounds ?? 0,
            votes: Object.values(tallyOf).reduce((a, b) => a + b, 0),
            spread: Object.entries(tallyOf).map(([choiceId, count]) => ({
              choiceId,
              text: loaded.compiled.index.beats.get(d.beatId)?.choices.get(choiceId)?.text ?? choiceId,
              count,
            })),
            best: d.best,
            sources: d.sources,
          };
        }),
      };
    },

    async deleteRoom(room: RoomRecord): Promise<void> {
      await store.remove(room.id);
      await deps.bus.publish(room.id);
    },

    feedSnapshot,

    load: loadById,
    viewFor,
  };
}

export type WorkshopService = ReturnType<typeof createWorkshopService>;

/** The room debrief as the API returns it. */
export type RoomDebrief = Awaited<ReturnType<WorkshopService['debrief']>>;
