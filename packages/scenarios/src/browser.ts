/**
 * @doorway/scenarios/browser: the part of the package that runs without Node (no file system, no
 * node: modules), so the web app's authoring workspace can lint and analyse a draft in a Web Worker with
 * exactly the loader and analysis the server and `pnpm doorway lint` use. `browser-entry.test.ts` checks
 * that nothing reachable from here imports a Node module. Exports by name, never `export *`.
 */

export { analyzeLoaded } from './lint/analysis-problems';
export { lintText } from './lint/lint-text';
export type { LoadedScenarioFile } from './load/load-scenario-text';
export { loadScenarioText } from './load/load-scenario-text';
export { testWiseLines } from './play/test-wise-lines';
export { formatPath } from './problems/format-path';
export { locateProblems } from './problems/locate-problems';
export type { LocatedProblem, Problem, Result } from './problems/problem';
export { knownSourceIds } from './sources/known-source-ids';
export type { Sources } from './sources/sources-schema';
export { locate } from './yaml/locate';
export type { ParsedYaml } from './yaml/parsed-yaml';
