import { type CompiledScenario, pickBest, report, transcriptOf, walk } from '@doorway/engine';
import { renderLine } from '../play/render-line';

/** The seed golden transcripts are played with (variants differ by seed; one fixed seed keeps them stable). */
export const GOLDEN_SEED = 1;

/**
 * The best path of a scenario as text: every line and every choice along it, the ending, the score.
 * A change in wording, order or scoring shows up as a diff in review.
 *
 * @example
 * writeFileSync(`tests/content/golden/${id}.txt`, goldenTranscript(compiled));
 */
export function goldenTranscript(compiled: CompiledScenario): string {
  const state = walk(compiled, pickBest, { seed: GOLDEN_SEED, mode: 'coach' });
  const r = report(compiled, state);
  const { scenario } = compiled;
  return [
    `Best path of "${scenario.title}" (${scenario.id} ${scenario.version}), seed ${GOLDEN_SEED}`,
    '',
    ...transcriptOf(compiled, state).map(renderLine),
    '',
    r.ending ? `Ending: ${r.ending.title} (${r.ending.outcome})` : `No ending (${state.status})`,
    `Decisions: ${r.decisions.length}`,
    `Overall: ${r.overall} / 100, ${r.passed ? 'passed' : 'not passed'}`,
    // Evidence earned along this path only: the bounds depend on every other branch too, and would make
    // an edit off the best path look like a change to it.
    ...r.competencies.map((c) => `  ${c.id}: ${c.sum}`),
    '',
  ].join('\n');
}
