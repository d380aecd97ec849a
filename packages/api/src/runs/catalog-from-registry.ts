import { readFileSync } from 'node:fs';
import { localizeSources, type Registry, type Sources, type SourcesTable } from '@doorway/scenarios';
import type { ScenarioCatalog } from './catalog';

/**
 * Adapts the scenarios package's registry and sources to the catalog the API serves; `tables` are the
 * translations of the Sources page (`loadSourcesTable('es')`), served for `GET /api/sources?lang=`.
 *
 * @example
 * const catalog = catalogFromRegistry(createRegistry(), sources, [spanishSourcesTable]);
 */
export function catalogFromRegistry(
  registry: Registry,
  sources: Sources,
  tables: readonly SourcesTable[] = [],
): ScenarioCatalog {
  const served = (table: SourcesTable | undefined) => {
    const localized = localizeSources(sources, table);
    return { ...localized, guidance: localized.guidance.map((g) => ({ ...g, seed: g.document })) };
  };
  const byLang = new Map(tables.map((t) => [t.lang, served(t)]));
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
    sources: served(undefined),
    sourcesIn: (lang) => byLang.get(lang),
  };
}
