import type { Rubric, Scenario } from '@doorway/engine';
import type { StringTable } from '@doorway/scenarios';
import type { z } from 'zod';
import type { SourcesResponse } from '../schemas/catalog';

/** One scenario as the API serves it: the latest version on disk, with its content hash. */
export interface CatalogEntry {
  scenario: Scenario;
  /** A hash of the validated content: runs pin it, so edits on disk never change an old run. */
  contentHash: string;
}

/**
 * What the API needs from the scenarios package: the latest scenarios, the rubric and the sources.
 * `server.ts` adapts `@doorway/scenarios`' registry to this; tests build one from fixtures.
 */
export interface ScenarioCatalog {
  /** The latest version of every scenario, in catalog order. */
  list(): readonly CatalogEntry[];
  /** The latest version of one scenario. */
  get(id: string): CatalogEntry | undefined;
  rubric: Rubric;
  /** The sources in English. */
  sources: z.infer<typeof SourcesResponse>;
  /** The sources in another language (`es`), where a table exists; missing or stale texts stay English. */
  sourcesIn?: (lang: string) => z.infer<typeof SourcesResponse> | undefined;
  /**
   * The string tables of a scenario by language (`<id>.<lang>.yaml` beside it; docs/i18n.md). None, or no
   * function: the scenario is English only.
   */
  tables?: (id: string) => ReadonlyMap<string, StringTable>;
  /** The YAML text of the latest version of a scenario (with its comments), for authors to start a draft from. */
  sourceText?: (id: string) => string | undefined;
}

/**
 * Ids of the competencies a scenario can earn evidence for, in rubric order.
 *
 * @example
 * competencyIds(scenario, rubric) // ['language-access', 'safety']
 */
export function competencyIds(scenario: Scenario, rubric: Rubric): { id: string; name: string }[] {
  const found = new Set<string>();
  for (const phase of Object.values(scenario.phases)) {
    const beatGroups = [phase.beats, ...Object.values(phase.interruptions ?? {}).map((i) => i.beats)];
    for (const beats of beatGroups)
      for (const beat of Object.values(beats))
        for (const choice of beat.choices)
          for (const [id, amount] of Object.entries(choice.evidence)) if (amount > 0) found.add(id);
  }
  return rubric.competencies.filter((c) => found.has(c.id)).map((c) => ({ id: c.id, name: c.name }));
}
