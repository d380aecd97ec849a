import type { Scenario, Verdict } from '@doorway/engine';
import type { GuidanceItem, Sources } from '../sources/sources-schema';

/** A decision (one choice at one beat) that cites a guidance item. */
export interface CoveringDecision {
  scenarioId: string;
  beatId: string;
  choiceId: string;
  verdict: Verdict;
}

export interface CoverageRow {
  item: GuidanceItem;
  decisions: CoveringDecision[];
  /** Why no scenario teaches it, when it is listed as out of scope. */
  outOfScope?: string | undefined;
}

/**
 * For each guidance item of sources.yaml, the decisions whose `sources` cite it, across scenarios.
 *
 * @example
 * computeCoverage([scenario], sources, new Map()).find((r) => r.item.id === 'interp-3')?.decisions
 * // [{ scenarioId: 'shelter-intake', beatId: 'house-rules', choiceId: 'book-interpreter', verdict: 'best' }]
 */
export function computeCoverage(
  scenarios: readonly Scenario[],
  sources: Sources,
  outOfScope: ReadonlyMap<string, string>,
): CoverageRow[] {
  const byItem = new Map<string, CoveringDecision[]>();
  for (const scenario of [...scenarios].sort((a, b) => a.id.localeCompare(b.id))) {
    for (const phase of Object.values(scenario.phases)) {
      const beats = [
        ...Object.entries(phase.beats),
        ...Object.values(phase.interruptions ?? {}).flatMap((i) => Object.entries(i.beats)),
      ];
      for (const [beatId, beat] of beats) {
        for (const choice of beat.choices) {
          for (const source of new Set(choice.sources)) {
            const list = byItem.get(source) ?? [];
            list.push({ scenarioId: scenario.id, beatId, choiceId: choice.id, verdict: choice.verdict });
            byItem.set(source, list);
          }
        }
      }
    }
  }
  return sources.guidance.map((item) => ({
    item,
    decisions: byItem.get(item.id) ?? [],
    outOfScope: outOfScope.get(item.id),
  }));
}
