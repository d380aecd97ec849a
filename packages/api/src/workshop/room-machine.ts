import { assign, initialTransition, type SnapshotFrom, setup } from 'xstate';
import type { RoomPhase } from './room-phase';

export type { RoomPhase } from './room-phase';

/** Commands a facilitator sends to a room. `commit` carries the choice the room takes. */
export type RoomCommand =
  | { type: 'start' }
  | { type: 'open-vote' }
  | { type: 'close-vote' }
  | { type: 'reveal' }
  | { type: 'show-feedback' }
  | { type: 'revote' }
  | { type: 'commit'; choiceId: string }
  | { type: 'skip' }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'end' };

/** Internal event: the scenario reached an ending after a commit or skip. */
type RoomEvent = RoomCommand | { type: 'scenario.ended' };

/**
 * The lifecycle of a workshop room, as a statechart. It knows only which command is legal when;
 * the room service applies each legal command to the scenario and the database.
 *
 * lobby → presenting → voting → closed → revealed → (commit) presenting … → finished;
 * `pause` from any live state returns there on `resume` (history); `end` from anywhere.
 *
 * @example
 * const [lobby] = initialTransition(roomMachine);
 * lobby.can({ type: 'reveal' }); // false: nothing has been voted on yet
 */
export const roomMachine = setup({
  types: {
    events: {} as RoomEvent,
    context: {} as { round: number; feedbackShown: boolean },
  },
  actions: {
    nextRound: assign({ round: ({ context }) => context.round + 1, feedbackShown: false }),
    showFeedback: assign({ feedbackShown: true }),
  },
}).createMachine({
  id: 'room',
  initial: 'lobby',
  context: { round: 0, feedbackShown: false },
  states: {
    lobby: { on: { start: 'live.presenting', end: 'ended' } },
    live: {
      initial: 'presenting',
      on: { pause: '#room.paused', end: '#room.ended', 'scenario.ended': '#room.finished' },
      states: {
        presenting: {
          on: {
            'open-vote': { target: 'voting', actions: 'nextRound' },
            skip: 'presenting',
          },
        },
        voting: { on: { 'close-vote': 'closed' } },
        closed: {
          on: {
            reveal: 'revealed',
            revote: { target: 'voting', actions: 'nextRound' },
            commit: 'presenting',
          },
        },
        revealed: {
          on: {
            'show-feedback': { actions: 'showFeedback' },
            revote: { target: 'voting', actions: 'nextRound' },
            commit: 'presenting',
          },
        },
        hist: { type: 'history', history: 'shallow' },
      },
    },
    paused: { on: { resume: 'live.hist', end: 'ended' } },
    finished: { type: 'final' },
    ended: { type: 'final' },
  },
});

export type RoomSnapshot = SnapshotFrom<typeof roomMachine>;

/**
 * Reads the phase out of a machine snapshot.
 *
 * @example
 * phaseOf(createActor(roomMachine).start().getSnapshot()); // 'lobby'
 */
export function phaseOf(snapshot: RoomSnapshot): RoomPhase {
  const value = snapshot.value;
  if (typeof value === 'string') return value as RoomPhase;
  const live = (value as { live?: string }).live;
  return (live ?? 'presenting') as RoomPhase;
}

/**
 * A new room's machine, in the lobby (pure: no actor is started).
 *
 * @example
 * phaseOf(initialRoomMachine()); // 'lobby'
 */
export function initialRoomMachine(): RoomSnapshot {
  return initialTransition(roomMachine)[0];
}

/** The JSON a room stores in `machine_json`: XState's persisted snapshot (value, context, history). */
export function persistRoomMachine(snapshot: RoomSnapshot): unknown {
  return roomMachine.getPersistedSnapshot(snapshot);
}

interface PersistedRoomMachine {
  value: RoomSnapshot['value'];
  context: RoomSnapshot['context'];
  historyValue?: Record<string, { id: string }[]>;
}

/**
 * The machine snapshot back from what `persistRoomMachine` stored, without starting an actor: the
 * history states (for `resume`) are looked up by id, as XState's own restore does.
 *
 * @example
 * const machine = restoreRoomMachine(JSON.parse(row.machine_json));
 */
export function restoreRoomMachine(persisted: unknown): RoomSnapshot {
  const p = persisted as PersistedRoomMachine;
  const historyValue = Object.fromEntries(
    Object.entries(p.historyValue ?? {}).map(([key, nodes]) => [
      key,
      nodes.map((node) => roomMachine.getStateNodeById(node.id)),
    ]),
  );
  return roomMachine.resolveState({ value: p.value, context: p.context, historyValue });
}
