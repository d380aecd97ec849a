/**
 * @doorway/scenarios: the content (rubric, sources, scenarios), the loader with file:line:col
 * diagnostics, the registry, and the doorway authoring CLI (src/cli/main.ts).
 * Exports by name, never `export *`.
 */

export { runCli } from './cli/run-cli';
export { CONTENT_DIR, COVERAGE_DOC, GOLDEN_DIR, SCENARIOS_DIR, TEMPLATE_FILE } from './content-paths';
export type { CitingChoice, CoverageRow, TeachingDecision } from './coverage/compute-coverage';
export { computeCoverage } from './coverage/compute-coverage';
export { coverageDocument } from './coverage/coverage-document';
export { loadOutOfScope } from './coverage/load-out-of-scope';
export type { GoldenStatus } from './golden/check-golden';
export { checkGolden } from './golden/check-golden';
export { GOLDEN_SEED, goldenTranscript } from './golden/golden-transcript';
export type { TableCheck } from './i18n/check-string-table';
export { checkStringTable, placeholders } from './i18n/check-string-table';
export { findStringTables } from './i18n/find-string-tables';
export type { LoadedStringTable } from './i18n/load-string-table';
export { loadStringTableText } from './i18n/load-string-table';
export type { Localisation, Localised } from './i18n/localise';
export { createLocalisation, tableCoverage } from './i18n/localise';
export { poString, toPo } from './i18n/po-file';
export { readStringTable } from './i18n/read-string-table';
export { sourceHash } from './i18n/source-hash';
export { stringTableFile, tableLangOf } from './i18n/string-table-file';
export type { StringEntry, StringTable } from './i18n/string-table-schema';
export { StringEntrySchema, StringTableSchema, TableLangSchema } from './i18n/string-table-schema';
export { tableLintProblems } from './i18n/table-lint-problems';
export type { RowStatus, TableRow } from './i18n/table-rows';
export { tableRows } from './i18n/table-rows';
export { tableSkeleton } from './i18n/table-skeleton';
export type { TranslatableString } from './i18n/translatable-strings';
export { translatableStrings } from './i18n/translatable-strings';
export { analyzeLoaded } from './lint/analysis-problems';
export type { LintReport } from './lint/lint-files';
export { lintFiles, summaryLine } from './lint/lint-files';
export type { TableTexts } from './lint/lint-table-phrases';
export { lintTablePhrases } from './lint/lint-table-phrases';
export { lintText } from './lint/lint-text';
export type { TablePhraseRule } from './lint/spanish-phrases';
export { SPANISH_PHRASES } from './lint/spanish-phrases';
export { loadRubric } from './load/load-rubric';
export type { LoadedScenarioFile } from './load/load-scenario-file';
export { loadScenarioFile } from './load/load-scenario-file';
export { loadScenarioText } from './load/load-scenario-text';
export { renderDebrief } from './play/render-debrief';
export { renderLine } from './play/render-line';
export { formatPath } from './problems/format-path';
export { formatProblem } from './problems/format-problem';
export { locateProblems } from './problems/locate-problems';
export type { LocatedProblem, Problem, Result } from './problems/problem';
export { canonicalJson } from './registry/canonical-json';
export { compareVersions } from './registry/compare-versions';
export { contentHash } from './registry/content-hash';
export type { Registry, RegistryEntry } from './registry/create-registry';
export { createRegistry } from './registry/create-registry';
export type { ScenarioSummary } from './registry/scenario-summary';
export { knownSourceIds } from './sources/known-source-ids';
export { loadSources } from './sources/load-sources';
export type { LoadedSourcesTable } from './sources/load-sources-table';
export { loadSourcesTable, sourcesTableFile } from './sources/load-sources-table';
export type { LocalizedGuidanceItem, LocalizedSources } from './sources/localize-sources';
export { localizeSources, sourcesTableRows } from './sources/localize-sources';
export { sectionId, sourceStrings } from './sources/source-strings';
export type { GuidanceItem, Reference, SourceDocument, Sources } from './sources/sources-schema';
export type { SourcesTable } from './sources/sources-table-schema';
export { SourcesTableSchema } from './sources/sources-table-schema';
export { locate } from './yaml/locate';
