import type { Scenario } from '@doorway/engine';

/** What a catalog shows about a scenario, without its content. */
export interface ScenarioSummary {
  id: string;
  version: string;
  title: string;
  summary: string;
  trainee: string;
  estimatedMinutes: number;
  contentNotes: string[];
  themes: string[];
  objectives: string[];
  passThreshold: number;
  /** Competency ids the scenario gathers evidence for, in rubric order. */
  competencies: string[];
  contentHash: string;
}

/**
 * The catalog summary of a validated scenario.
 *
 * @example
 * summarize(scenario, hash, ['safety', 'choice']).competencies // ['safety'] if only safety has evidence
 */
export function summarize(scenario: Scenario, hash: string, rubricOrder: readonly string[]): ScenarioSummary {
  const used = new Set<string>();
  for (const phase of Object.values(scenario.phases)) {
    const beats = [
      ...Object.values(phase.beats),
      ...Object.values(phase.interruptions ?? {}).flatMap((i) => Object.values(i.beats)),
    ];
    for (const beat of beats)
      for (const choice of beat.choices) for (const c of Object.keys(choice.evidence)) used.add(c);
  }
  return {
    id: scenario.id,
    version: scenario.version,
    title: scenario.title,
    summary: scenario.summary,
    trainee: scenario.trainee,
    estimatedMinutes: scenario.estimatedMinutes,
    contentNotes: scenario.contentNotes,
    themes: scenario.themes,
    objectives: scenario.objectives,
    passThreshold: scenario.passThreshold,
    competencies: rubricOrder.filter((id) => used.has(id)),
    contentHash: hash,
  };
}
