import { fileURLToPath } from 'node:url';

/** The package's bundled content folder (rubric, sources, scenarios, templates). */
export const CONTENT_DIR = fileURLToPath(new URL('../content', import.meta.url));
export const RUBRIC_FILE = `${CONTENT_DIR}/rubric.yaml`;
export const SOURCES_FILE = `${CONTENT_DIR}/sources.yaml`;
export const SCENARIOS_DIR = `${CONTENT_DIR}/scenarios`;
export const TEMPLATE_FILE = `${CONTENT_DIR}/templates/scenario.yaml`;
export const OUT_OF_SCOPE_FILE = fileURLToPath(new URL('./coverage/out-of-scope.yaml', import.meta.url));
/** The repository root (docs/ lives there). */
export const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const COVERAGE_DOC = `${REPO_ROOT}docs/coverage.md`;
/** Golden transcripts of each scenario's best path, checked by tests/content. */
export const GOLDEN_DIR = `${REPO_ROOT}tests/content/golden`;
