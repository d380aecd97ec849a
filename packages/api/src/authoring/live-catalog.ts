import { compareVersions } from '@doorway/scenarios';
import type { CatalogEntry, ScenarioCatalog } from '../runs/catalog';

/** A catalog that takes newly published versions while the server runs. */
export interface LiveCatalog extends ScenarioCatalog {
  /** Makes `entry` the newest version of its scenario (with its YAML text), from the next request on. */
  publish(entry: CatalogEntry, yaml: string): void;
  readonly live: true;
}

/**
 * Lays published versions over a catalog (the bundled files). `get` and `list` answer the newest version
 * of each scenario, bundled or published; runs are pinned by content hash, so a run in progress keeps the
 * version it started on. Publishing replaces one map entry: a request sees the old or the new version,
 * never half of one.
 *
 * @example
 * const catalog = liveCatalog(catalogFromRegistry(registry, sources));
 * catalog.publish({ scenario, contentHash }, yaml);
 */
export function liveCatalog(base: ScenarioCatalog): LiveCatalog {
  if (isLiveCatalog(base)) return base;
  const published = new Map<string, { entry: CatalogEntry; yaml: string }>();
  const newest = (id: string): CatalogEntry | undefined => {
    const own = published.get(id)?.entry;
    const bundled = base.get(id);
    if (!own) return bundled;
    if (!bundled) return own;
    return compareVersions(own.scenario.version, bundled.scenario.version) >= 0 ? own : bundled;
  };
  return {
    live: true,
    get rubric() {
      return base.rubric;
    },
    get sources() {
      return base.sources;
    },
    sourcesIn: (lang) => base.sourcesIn?.(lang),
    get: newest,
    // String tables are the bundled ones; a published version's changed texts are stale in them (English).
    tables: (id) => base.tables?.(id) ?? new Map(),
    list: () => {
      const bundled = base.list().map((e) => newest(e.scenario.id) ?? e);
      const known = new Set(bundled.map((e) => e.scenario.id));
      const extra = [...published.keys()]
        .filter((id) => !known.has(id))
        .sort()
        .flatMap((id) => {
          const e = published.get(id)?.entry;
          return e ? [e] : [];
        });
      return [...bundled, ...extra];
    },
    sourceText: (id) => {
      const own = published.get(id);
      if (own && newest(id) === own.entry) return own.yaml;
      return base.sourceText?.(id);
    },
    publish: (entry, yaml) => {
      const current = published.get(entry.scenario.id);
      if (current && compareVersions(entry.scenario.version, current.entry.scenario.version) < 0) return;
      published.set(entry.scenario.id, { entry, yaml });
    },
  };
}

/** Whether a catalog already takes published versions. */
export function isLiveCatalog(catalog: ScenarioCatalog): catalog is LiveCatalog {
  return (catalog as Partial<LiveCatalog>).live === true;
}
