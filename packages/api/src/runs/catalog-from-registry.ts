import { readFileSync } from 'node:fs';
import {
  findStringTables,
  localizeSources,
  type Registry,
  readStringTable,
  type Sources,
  type SourcesTable,
  type StringTable,
} from '@doorway/scenarios';
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
  sourceTables: readonly SourcesTable[] = [],
): ScenarioCatalog {
  const served = (table: SourcesTable | undefined) => {
    const localized = localizeSources(sources, table);
    return { ...localized, guidance: localized.guidance.map((g) => ({ ...g, seed: g.document })) };
  };
  const sourcesByLang = new Map(sourceTables.map((t) => [t.lang, served(t)]));
  // String tables beside each scenario, read once; one that does not load is left out (the server logs
  // it at start, see `tableLintProblems`) and the scenario shows English for that language.
  const tables = new Map<string, Map<string, StringTable>>();
  for (const entry of registry.list()) {
    const byLang = new Map<string, StringTable>();
    for (const found of findStringTables(entry.file, entry.id)) {
      const loaded = readStringTable(found.file);
      if (loaded.ok && loaded.value && loaded.value.table.lang === found.lang)
        byLang.set(found.lang, loaded.value.table);
    }
    tables.set(entry.id, byLang);
  }
  return {
    tables: (id) => tables.get(id) ?? new Map(),
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
    sourcesIn: (lang) => sourcesByLang.get(lang),
  };
}
