import type { Scenario, Verdict } from '@doorway/engine';
import type { GuidanceItem, Sources } from '../sources/sources-schema';

/** One choice at one beat that cites a guidance item. */
export interface CitingChoice {
  scenarioId: string;
  beatId: string;
  choiceId: string;
  verdict: Verdict;
}

/**
 * A decision that teaches an item by contrast: at one beat, a best option that practises it and a
 * non-best option that gets it wrong, both citing it (so the feedback on the mistake names it).
 */
export interface TeachingDecision {
  scenarioId: string;
  beatId: string;
  best: string[];
  wrong: { choiceId: string; verdict: Exclude<Verdict, 'best'> }[];
}

export interface CoverageRow {
  item: GuidanceItem;
  /** The decisions that teach the item (the contrast rule). An item is taught when there is one. */
  decisions: TeachingDecision[];
  /** Citations at beats that do not contrast the item: not teaching on their own. */
  citedOnly: CitingChoice[];
  /** Why no scenario teaches it, when it is listed as out of scope. */
  outOfScope?: string | undefined;
}

function beatsOf(scenario: Scenario) {
  return Object.values(scenario.phases).flatMap((phase) => [
    ...Object.entries(phase.beats),
    ...Object.values(phase.interruptions ?? {}).flatMap((i) => Object.entries(i.beats)),
  ]);
}

/**
 * For each guidance item of sources.yaml, the decisions that teach it by contrast, across scenarios,
 * and the citations that do not (a best option alone, or a mistake alone, teaches no contrast).
 *
 * @example
 * computeCoverage([scenario], sources, new Map()).find((r) => r.item.id === 'interp-3')?.decisions
 * // [{ scenarioId: 'shelter-intake', beatId: 'lan-offers', best: ['thank-lan-professional'],
 * //    wrong: [{ choiceId: 'lan-interprets-rules', verdict: 'harmful' }] }]
 */
export function computeCoverage(
  scenarios: readonly Scenario[],
  sources: Sources,
  outOfScope: ReadonlyMap<string, string>,
): CoverageRow[] {
  const taught = new Map<string, TeachingDecision[]>();
  const cited = new Map<string, CitingChoice[]>();
  const push = <T>(map: Map<string, T[]>, key: string, value: T) => {
    const list = map.get(key) ?? [];
    list.push(value);
    map.set(key, list);
  };
  for (const scenario of [...scenarios].sort((a, b) => a.id.localeCompare(b.id))) {
    for (const [beatId, beat] of beatsOf(scenario)) {
      const items = new Set(beat.choices.flatMap((c) => c.sources));
      for (const item of items) {
        const citing = beat.choices.filter((c) => c.sources.includes(item));
        const best = citing.filter((c) => c.verdict === 'best').map((c) => c.id);
        const wrong = citing.flatMap((c) =>
          c.verdict === 'best' ? [] : [{ choiceId: c.id, verdict: c.verdict }],
        );
        if (best.length > 0 && wrong.length > 0)
          push(taught, item, { scenarioId: scenario.id, beatId, best, wrong });
        else
          for (const c of citing)
            push(cited, item, { scenarioId: scenario.id, beatId, choiceId: c.id, verdict: c.verdict });
      }
    }
  }
  return sources.guidance.map((item) => ({
    item,
    decisions: taught.get(item.id) ?? [],
    citedOnly: cited.get(item.id) ?? [],
    outOfScope: outOfScope.get(item.id),
  }));
}
