import type { CompiledScenario, View } from '@doorway/engine';
import { feedbackFor } from '@doorway/engine';
import { tally } from './room-core';
import type { RoomPhase } from './room-phase';
import type { RoomViewContent } from './room-schemas';

/** Below this many votes the spread is not shown, so nobody's vote can be singled out. */
export const MIN_VOTES_TO_REVEAL = 3;

/**
 * Builds what every screen of a room shows, from the replayed scenario state and the round's votes.
 * Who voted what never leaves the server: only counts do.
 *
 * @example
 * roomView({ room, phase, round, feedbackShown, compiled, view, votes, participants })
 */
export function roomView(input: {
  room: { id: string; code: string; version: number };
  phase: RoomPhase;
  round: number;
  feedbackShown: boolean;
  compiled: CompiledScenario;
  view: View;
  votes: { participantId: string; choiceId: string }[];
  participants: number;
}): RoomViewContent {
  const { view, votes, phase } = input;
  const revealed = phase === 'revealed';
  const counts = tally(votes);
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
          ? view.choices.map((c) => ({ choiceId: c.id, text: c.text, count: counts[c.id] ?? 0 }))
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
