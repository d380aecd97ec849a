import type { Registry } from '../registry/create-registry';
import type { Sources } from '../sources/sources-schema';
import { type CoverageRow, computeCoverage } from './compute-coverage';
import { renderCoverage } from './render-coverage';

/**
 * The coverage rows and the text of docs/coverage.md for the latest version of every scenario in a registry.
 *
 * @example
 * const { markdown, rows } = coverageDocument(createRegistry(), sources, outOfScope);
 */
export function coverageDocument(
  registry: Registry,
  sources: Sources,
  outOfScope: ReadonlyMap<string, string>,
): { rows: CoverageRow[]; markdown: string } {
  const entries = registry.list();
  const rows = computeCoverage(
    entries.map((e) => e.scenario),
    sources,
    outOfScope,
  );
  return {
    rows,
    markdown: renderCoverage(
      rows,
      entries.map((e) => e.id),
    ),
  };
}
