/** The fewest trainees a heatmap is shown for, so no one is singled out. */
export const MIN_HEATMAP_GROUP = 3;

/** One trainee's choices in a scenario (their counted attempt). */
export interface TraineeChoices {
  traineeId: string;
  decisions: { beatId: string; choiceId: string; verdict: 'best' | 'acceptable' | 'harmful' }[];
}

/** One decision (beat) of the heatmap. */
export interface HeatmapCell {
  beatId: string;
  /** How many trainees reached this decision. */
  reached: number;
  /** Null when fewer than MIN_HEATMAP_GROUP trainees reached it (counts hidden). */
  spread: { best: number; acceptable: number; harmful: number } | null;
  /** The harmful choice taken most often (ties: the first in id order); null if none or hidden. */
  mostCommonHarmful: { choiceId: string; count: number } | null;
}

/**
 * Where a cohort struggles in one scenario: per decision, in the order given by `beatOrder`, the spread of
 * verdicts and the most common harmful choice. Undefined for a group of fewer than 3 trainees; a decision
 * reached by fewer than 3 has its counts hidden. A trainee who passes a beat twice (a loop) counts once,
 * with their last choice there.
 *
 * @example
 * struggleHeatmap(['arrival', 'door'], [a, b, c])?.[0]?.spread; // { best: 2, acceptable: 0, harmful: 1 }
 */
export function struggleHeatmap(beatOrder: string[], trainees: TraineeChoices[]): HeatmapCell[] | undefined {
  const distinct = new Set(trainees.map((t) => t.traineeId));
  if (distinct.size < MIN_HEATMAP_GROUP) return undefined;
  const byBeat = new Map<string, Map<string, { choiceId: string; verdict: string }>>();
  for (const t of trainees) {
    for (const d of t.decisions) {
      const perTrainee = byBeat.get(d.beatId) ?? new Map();
      perTrainee.set(t.traineeId, d);
      byBeat.set(d.beatId, perTrainee);
    }
  }
  const order = [...beatOrder, ...[...byBeat.keys()].filter((b) => !beatOrder.includes(b)).sort()];
  return order.map((beatId) => {
    const choices = [...(byBeat.get(beatId)?.values() ?? [])];
    if (choices.length < MIN_HEATMAP_GROUP) {
      return { beatId, reached: choices.length, spread: null, mostCommonHarmful: null };
    }
    const spread = { best: 0, acceptable: 0, harmful: 0 };
    const harmful = new Map<string, number>();
    for (const c of choices) {
      if (c.verdict === 'best' || c.verdict === 'acceptable' || c.verdict === 'harmful')
        spread[c.verdict] += 1;
      if (c.verdict === 'harmful') harmful.set(c.choiceId, (harmful.get(c.choiceId) ?? 0) + 1);
    }
    const top = [...harmful].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    return {
      beatId,
      reached: choices.length,
      spread,
      mostCommonHarmful: top ? { choiceId: top[0], count: top[1] } : null,
    };
  });
}
