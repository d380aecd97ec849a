import type { Choice } from '../schema/scenario';
import type { RuntimeScenario } from './runtime-scenario';
import type { Feedback } from './types';

/** The best option at a beat (the first one marked `best`), if any. */
export function bestChoice(rs: RuntimeScenario, beatId: string): Choice | undefined {
  return rs.index.beats.get(beatId)?.beat.choices.find((c) => c.verdict === 'best');
}

/**
 * Feedback on one decision: verdict, why, sources, and the best alternative when it was not chosen.
 * Throws for a beat or choice that does not exist (a programmer error: validate steps first).
 *
 * @example
 * feedbackFor(compiled, 'arrival', 'let-rosa-interpret').best?.text
 */
export function feedbackFor(rs: RuntimeScenario, beatId: string, choiceId: string): Feedback {
  const choice = rs.index.beats.get(beatId)?.choices.get(choiceId);
  if (!choice) throw new Error(`engine: no choice "${choiceId}" at beat "${beatId}"`);
  const best = bestChoice(rs, beatId);
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
