import {
  applyStep,
  type CompiledScenario,
  feedbackFor,
  type Result,
  type RunState,
  report,
  type Step,
  viewOf,
} from '@doorway/engine';
import { transition } from 'xstate';
import { type DomainError, failure } from '../errors/domain-error';
import { type EngineRefusalCode, engineRefusal } from '../errors/engine-error-codes';
import { phaseOf, type RoomCommand, type RoomSnapshot, roomMachine } from './room-machine';
import type { RoomPhase } from './room-phase';
import type { RoomDebriefContent } from './room-schemas';

// The workshop's rules as pure functions of a room's state: which command is legal, what it does to the
// scenario, what a skipped beat takes, how votes are counted and what the debrief says. The service
// around them (room-service.ts) only loads, stores and announces.

/** A room as the rules need it: its lifecycle machine and its scenario, replayed from the committed steps. */
export interface RoomState {
  machine: RoomSnapshot;
  compiled: CompiledScenario;
  state: RunState;
}

/** Why a command was refused. `illegal_command` carries the phase, so the screen can say what is possible. */
export type CommandError = DomainError<
  'illegal_command' | 'skip_not_allowed' | 'nothing_to_skip' | EngineRefusalCode
>;

/** What a legal command changes: the machine, and for commit and skip the decision the room took. */
export interface CommandOutcome {
  machine: RoomSnapshot;
  phase: RoomPhase;
  /** The committed engine steps after the command. */
  steps: Step[];
  decision?: { beatId: string; choiceId: string; skipped: boolean } | undefined;
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

/**
 * How many votes each choice got.
 *
 * @example
 * tally([{ choiceId: 'ask' }, { choiceId: 'ask' }, { choiceId: 'wait' }]) // { ask: 2, wait: 1 }
 */
export function tally(votes: readonly { choiceId: string }[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of votes) out[v.choiceId] = (out[v.choiceId] ?? 0) + 1;
  return out;
}

/**
 * The best option offered at the current beat (what a skipped beat takes, so the story can go on), else
 * the first one offered.
 *
 * @example
 * bestOffered(compiled, state) // { ok: true, value: 'ask' }
 */
export function bestOffered(
  compiled: CompiledScenario,
  state: RunState,
): Result<string, DomainError<'nothing_to_skip'>> {
  const view = viewOf(compiled, state);
  const best = view.choices.find((c) => feedbackFor(compiled, view.beat.id, c.id).verdict === 'best');
  const pick = best ?? view.choices[0];
  return pick ? { ok: true, value: pick.id } : failure('nothing_to_skip');
}

/**
 * Applies one facilitator command: refused unless the room machine allows it now; commit and skip also
 * move the scenario on (and finish the room when it reaches an ending). Pure: nothing is stored.
 *
 * @example
 * const r = applyCommand(room, { type: 'commit', choiceId: 'ask' });
 * if (r.ok) r.value.phase // 'presenting'
 */
export function applyCommand(room: RoomState, command: RoomCommand): Result<CommandOutcome, CommandError> {
  const { compiled, state } = room;
  if (!room.machine.can(command)) {
    const phase = phaseOf(room.machine);
    return failure('illegal_command', { message: `${illegal[command.type]} (The room is ${phase}.)`, phase });
  }
  let steps = state.steps;
  let decision: CommandOutcome['decision'];
  let ended = false;
  if (command.type === 'commit' || command.type === 'skip') {
    const view = viewOf(compiled, state);
    if (command.type === 'skip' && !view.beat.contentNote) return failure('skip_not_allowed');
    const picked =
      command.type === 'commit'
        ? { ok: true as const, value: command.choiceId }
        : bestOffered(compiled, state);
    if (!picked.ok) return picked;
    const step: Step = { kind: 'choice', beatId: view.beat.id, choiceId: picked.value };
    const next = applyStep(compiled, state, step);
    if (!next.ok)
      return engineRefusal(next.error, {
        message: `${next.error.message} Pick one of the options on screen.`,
      });
    steps = [...steps, step];
    decision = { beatId: view.beat.id, choiceId: picked.value, skipped: command.type === 'skip' };
    ended = next.value.status !== 'active';
  }
  let [machine] = transition(roomMachine, room.machine, command);
  if (ended) [machine] = transition(roomMachine, machine, { type: 'scenario.ended' });
  return { ok: true, value: { machine, phase: phaseOf(machine), steps, decision } };
}

/**
 * Whether a participant may vote for `choiceId` now: only while a vote is open, and only for an option
 * on screen.
 *
 * @example
 * checkVote(room, 'ask') // { ok: false, error: { code: 'vote_closed' } } in the lobby
 */
export function checkVote(
  room: RoomState,
  choiceId: string,
): Result<void, DomainError<'vote_closed' | 'choice_not_available'>> {
  if (phaseOf(room.machine) !== 'voting') return failure('vote_closed');
  const view = viewOf(room.compiled, room.state);
  if (!view.choices.some((c) => c.id === choiceId))
    return failure('choice_not_available', {
      message: 'That option is not on screen. Pick one of the current options.',
    });
  return { ok: true, value: undefined };
}

/**
 * A language a room (or a phone in it) may show a scenario in: one of those the scenario is offered in,
 * or why not. The same rule for rooms and phones.
 *
 * @example
 * checkRoomLanguage('first-contact', ['en', 'es'], 'es') // { ok: true, value: 'es' }
 */
export function checkRoomLanguage(
  scenarioId: string,
  offered: readonly string[],
  lang: string,
): Result<string, DomainError<'language_not_available'>> {
  if (offered.includes(lang)) return { ok: true, value: lang };
  return failure('language_not_available', {
    message: `"${scenarioId}" is not translated into "${lang}". Use lang one of: ${offered.join(', ')} (see "languages" in GET /api/scenarios).`,
  });
}

/** One recorded decision of a room, as the debrief reads it. */
export interface RecordedDecision {
  skipped: boolean;
  rounds: number;
  tally: Record<string, number>;
}

/**
 * The room's debrief: the path it took with the last round's spread at each decision, the best
 * alternatives, and the competency scores of that path.
 *
 * @example
 * roomDebrief({ id, code, scenarioId }, room, decisions).decisions[0].spread
 */
export function roomDebrief(
  about: { id: string; code: string; scenarioId: string },
  room: Pick<RoomState, 'compiled' | 'state'>,
  decisions: readonly RecordedDecision[],
): RoomDebriefContent {
  const { compiled, state } = room;
  const engineReport = report(compiled, state);
  return {
    room: {
      id: about.id,
      code: about.code,
      scenario: { id: about.scenarioId, title: compiled.scenario.title },
    },
    ended: state.status !== 'active',
    ending: engineReport.ending,
    overall: engineReport.overall,
    competencies: engineReport.competencies.map((c) => ({ id: c.id, name: c.name, score: c.score })),
    decisions: engineReport.decisions.map((d, i) => {
      const record = decisions[i];
      const counts = record?.tally ?? {};
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
        votes: Object.values(counts).reduce((a, b) => a + b, 0),
        spread: Object.entries(counts).map(([choiceId, count]) => ({
          choiceId,
          text: compiled.index.beats.get(d.beatId)?.choices.get(choiceId)?.text ?? choiceId,
          count,
        })),
        best: d.best,
        sources: d.sources,
      };
    }),
  };
}
