/**
 * @doorway/scenarios: the content (rubric, sources, scenarios), the loader with file:line:col
 * diagnostics, the registry, and the doorway authoring CLI (src/cli/main.ts).
 * Exports by name, never `export *`.
 */

export { CONTENT_DIR, SCENARIOS_DIR } from './content-paths';
export { loadRubric } from './load/load-rubric';
export type { LoadedScenarioFile } from './load/load-scenario-file';
export { loadScenarioFile } from './load/load-scenario-file';
export { formatPath } from './problems/format-path';
export { formatProblem } from './problems/format-problem';
export type { LocatedProblem, Problem, Result } from './problems/problem';
export { canonicalJson } from './registry/canonical-json';
export { contentHash } from './registry/content-hash';
export type { Registry, RegistryEntry } from './registry/create-registry';
export { createRegistry } from './registry/create-registry';
export type { ScenarioSummary } from './registry/scenario-summary';
export { knownSourceIds, loadSources } from './sources/load-sources';
export type { GuidanceItem, Reference, SourceDocument, Sources } from './sources/sources-schema';
