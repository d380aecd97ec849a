import type { CompiledScenario, RunState, View, ViewChoice, ViewLine } from '@doorway/engine';
import { feedbackFor } from '@doorway/engine';
import type { RoomPhase } from './room-machine';

/** Below this many votes the spread is not shown, so nobody's vote can be singled out. */
export const MIN_VOTES_TO_REVEAL = 3;

export interface RoomView {
  id: string;
  code: string;
  scenario: { id: string; title: string };
  phase: RoomPhase;
  round: number;
  version: number;
  participants: number;
  beat: View['beat'];
  lines: ViewLine[];
  choices: ViewChoice[];
  decisions: number;
  ended: boolean;
  ending?: View['ending'];
  votes: {
    cast: number;
    /** Only once revealed, and only with at least three votes. */
    spread?: { choiceId: string; text: string; count: number }[] | undefined;
    hidden?: 'too-few' | undefined;
  };
  /** Shown when the facilitator opens it after the reveal, to guide the discussion. */
  feedback?: { choiceId: string; text: string; verdict: string; feedback: string }[] | undefined;
  /** The beat carries a content note, so the facilitator may skip it. */
  canSkip: boolean;
  /** For a participant: their nickname and current vote in this round. */
  you?: { nickname: string; vote?: string | undefined } | undefined;
}

/**
 * Builds what every screen of a room shows, from the replayed scenario state and the round's votes.
 * Who voted what never leaves the server: only counts do.
 *
 * @example
 * roomView({ room, phase, round, feedbackShown, compiled, state, view, votes, participants })
 */
export function roomView(input: {
  room: { id: string; code: string; version: number };
  phase: RoomPhase;
  round: number;
  feedbackShown: boolean;
  compiled: CompiledScenario;
  state: RunState;
  view: View;
  votes: { participantId: string; choiceId: string }[];
  participants: number;
}): RoomView {
  const { view, votes, phase } = input;
  const revealed = phase === 'revealed';
  const counts = new Map<string, number>();
  for (const v of votes) counts.set(v.choiceId, (counts.get(v.choiceId) ?? 0) + 1);
  const enough = votes.length >= MIN_VOTES_TO_REVEAL;
  const showsVotes = phase === 'voting' || phase === 'closed' || phase === 'revealed' || phase === 'paused';
  return {
    id: input.room.id,
    code: input.room.code,
    scenario: { id: input.compiled.scenario.id, title: input.compiled.scenario.title },
    phase,
    round: input.round,
    version: input.room.version,
    participants: input.participants,
    beat: view.beat,
    lines: view.lines,
    choices: view.choices,
    decisions: view.decisions,
    ended: view.ended,
    ending: view.ending,
    votes: {
      cast: showsVotes ? votes.length : 0,
      spread:
        revealed && enough
          ? view.choices.map((c) => ({ choiceId: c.id, text: c.text, count: counts.get(c.id) ?? 0 }))
          : undefined,
      hidden: revealed && !enough ? 'too-few' : undefined,
    },
    feedback:
      revealed && input.feedbackShown
        ? view.choices.map((c) => {
            const f = feedbackFor(input.compiled, view.beat.id, c.id);
            return { choiceId: c.id, text: c.text, verdict: f.verdict, feedback: f.text };
          })
        : undefined,
    canSkip: Boolean(view.beat.contentNote) && !view.ended,
  };
}
