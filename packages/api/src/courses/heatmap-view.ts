import type { CompiledScenario } from '../runs/engine';
import { MIN_HEATMAP_GROUP, struggleHeatmap, type TraineeChoices } from './struggle-heatmap';

/** One decision of the heatmap as the API answers it; the counts are null when fewer than 3 reached it. */
export interface HeatmapDecision {
  beatId: string;
  label: string;
  reached: number;
  /** True when fewer than 3 trainees reached this decision: no counts are shown for it. */
  hidden: boolean;
  best: number | null;
  acceptable: number | null;
  harmful: number | null;
  /** The scenario's text of the harmful choice taken most often (the scenario's words, not a trainee's). */
  mostCommonHarmful: { choiceId: string; text: string; count: number } | null;
}

/** The heatmap of one scenario step, or why it is not shown. */
export type HeatmapView =
  | { shown: true; trainees: number; decisions: HeatmapDecision[] }
  | { shown: false; reason: string; trainees: number; decisions: [] };

/**
 * The heatmap over a scenario's decisions in authoring order, labelled from the compiled scenario, from each
 * trainee's counted attempt. Not shown for fewer than 3 trainees; a decision fewer than 3 reached shows no
 * counts, so no one is singled out. Pure.
 *
 * @example
 * heatmapView(compiled, [a, b, c]).shown; // true
 */
export function heatmapView(compiled: CompiledScenario, trainees: TraineeChoices[]): HeatmapView {
  const count = new Set(trainees.map((t) => t.traineeId)).size;
  const cells = struggleHeatmap(compiled.index.beatOrder, trainees);
  if (!cells)
    return {
      shown: false,
      reason: `The heatmap is shown once at least ${MIN_HEATMAP_GROUP} trainees have finished this step, so no one is singled out; ${count} ${count === 1 ? 'has' : 'have'} so far.`,
      trainees: count,
      decisions: [],
    };
  return {
    shown: true,
    trainees: count,
    decisions: cells.map((cell) => {
      const info = compiled.index.beats.get(cell.beatId);
      const harmful = cell.mostCommonHarmful;
      return {
        beatId: cell.beatId,
        label: info?.beat.title ?? cell.beatId,
        reached: cell.reached,
        hidden: cell.spread === null,
        best: cell.spread?.best ?? null,
        acceptable: cell.spread?.acceptable ?? null,
        harmful: cell.spread?.harmful ?? null,
        mostCommonHarmful: harmful && {
          choiceId: harmful.choiceId,
          text: info?.choices.get(harmful.choiceId)?.text ?? harmful.choiceId,
          count: harmful.count,
        },
      };
    }),
  };
}
