import { readFileSync } from 'node:fs';
import type { Registry, Sources } from '@doorway/scenarios';
import type { ScenarioCatalog } from './catalog';

/**
 * Adapts the scenarios package's registry and sources to the catalog the API serves.
 *
 * @example
 * const catalog = catalogFromRegistry(createRegistry(), sources);
 */
export function catalogFromRegistry(registry: Registry, sources: Sources): ScenarioCatalog {
  return {
    list: () => registry.list(),
    get: (id) => registry.get(id),
    rubric: registry.rubric,
    sourceText: (id) => {
      const file = registry.get(id)?.file;
      try {
        return file === undefined ? undefined : readFileSync(file, 'utf8');
      } catch {
        return undefined;
      }
    },
    sources: {
      documents: sources.documents,
      guidance: sources.guidance.map((g) => ({ ...g, seed: g.document })),
      references: sources.references,
    },
  };
}
