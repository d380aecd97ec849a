import type { Choice } from '../schema/scenario';
import type { RuntimeScenario } from './runtime-scenario';
import { availableChoices } from './transition';
import type { Feedback, RunState } from './types';

/**
 * The best option at a beat: the first choice marked `best`; with `before` (the run state in which
 * the decision was made), the first `best` choice that was offered then, so the trainee is never told
 * to pick an option they could not see.
 */
export function bestChoice(rs: RuntimeScenario, beatId: string, before?: RunState): Choice | undefined {
  const choices =
    before && before.beatId === beatId && before.status === 'active'
      ? availableChoices(rs, before)
      : (rs.index.beats.get(beatId)?.beat.choices ?? []);
  return choices.find((c) => c.verdict === 'best');
}

/**
 * Feedback on one decision: verdict, why, sources, and the best alternative when it was not chosen.
 * Pass `before`, the run state in which the choice was made, to limit the best alternative to the
 * options offered then. Throws for a beat or choice that does not exist (a programmer error).
 *
 * @example
 * feedbackFor(compiled, 'arrival', 'let-rosa-interpret', stateBeforeTheChoice).best?.text
 */
export function feedbackFor(
  rs: RuntimeScenario,
  beatId: string,
  choiceId: string,
  before?: RunState,
): Feedback {
  const choice = rs.index.beats.get(beatId)?.choices.get(choiceId);
  if (!choice) throw new Error(`engine: no choice "${choiceId}" at beat "${beatId}"`);
  const best = bestChoice(rs, beatId, before);
  return {
    beatId,
    choiceId,
    verdict: choice.verdict,
    critical: choice.critical ?? false,
    text: choice.feedback,
    sources: choice.sources,
    best: best && best.id !== choiceId ? { choiceId: best.id, text: best.text } : undefined,
  };
}
