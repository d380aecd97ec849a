import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type CompiledScenario, compileScenario, type Rubric, type Scenario } from '@doorway/engine';
import { CONTENT_DIR, RUBRIC_FILE } from '../content-paths';
import { loadRubric } from '../load/load-rubric';
import { loadScenarioFile } from '../load/load-scenario-file';
import { fileProblem, type LocatedProblem } from '../problems/problem';
import { compareVersions } from './compare-versions';
import { contentHash } from './content-hash';
import { isScenarioFile, listYamlFiles } from './list-yaml-files';
import { type ScenarioSummary, summarize } from './scenario-summary';

/** One loaded scenario version. */
export interface RegistryEntry {
  id: string;
  version: string;
  file: string;
  /** sha256 of the canonical JSON of the validated scenario plus the rubric: pin runs to it. */
  contentHash: string;
  scenario: Scenario;
  /** Ready to run: pass it to startRun, applyStep, replay, viewOf, report. Compiled on first access. */
  compiled: CompiledScenario;
  summary: ScenarioSummary;
  /** Warnings from loading this file (it loaded; they do not block it). */
  warnings: LocatedProblem[];
}

/** Every scenario that loaded, by id (latest version) and by (id, version). */
export interface Registry {
  rubric: Rubric;
  /** The latest version of each scenario, sorted by id. */
  list(): RegistryEntry[];
  /** The latest version of a scenario, or a given version. */
  get(id: string, version?: string): RegistryEntry | undefined;
  /** Every loaded version of a scenario, oldest first. */
  versions(id: string): RegistryEntry[];
  /** Problems of files that were left out (errors), and warnings of files that loaded. */
  problems: LocatedProblem[];
}

/**
 * Loads the rubric and every scenario file of a content folder (default: the package's bundled
 * `content/`: `rubric.yaml` and `scenarios/**\/*.yaml`). A broken file never throws: its problems are
 * collected in `problems` and it is left out. A folder without its own `rubric.yaml` uses the bundled one.
 *
 * @example
 * const registry = createRegistry();
 * for (const p of registry.problems) log.warn(formatProblem(p));
 * registry.get('first-contact')?.contentHash;
 */
export function createRegistry(dir: string = CONTENT_DIR): Registry {
  const problems: LocatedProblem[] = [];
  const rubricFile = existsSync(join(dir, 'rubric.yaml')) ? join(dir, 'rubric.yaml') : RUBRIC_FILE;
  const rubricResult = loadRubric(rubricFile);
  const rubric: Rubric = rubricResult.ok ? rubricResult.value : { competencies: [] };
  if (!rubricResult.ok) problems.push(...rubricResult.error);

  const byId = new Map<string, RegistryEntry[]>();
  const scenariosDir = existsSync(join(dir, 'scenarios')) ? join(dir, 'scenarios') : dir;
  const files = rubricResult.ok ? listYamlFiles(scenariosDir).filter(isScenarioFile) : [];
  const rubricOrder = rubric.competencies.map((c) => c.id);
  for (const file of files) {
    const loaded = loadScenarioFile(file, rubric);
    if (!loaded.ok) {
      problems.push(...loaded.error);
      continue;
    }
    const { scenario, warnings } = loaded.value;
    problems.push(...warnings);
    const versions = byId.get(scenario.id) ?? [];
    const clash = versions.find((e) => e.version === scenario.version);
    if (clash) {
      problems.push(
        fileProblem(file, {
          path: ['version'],
          rule: 'duplicate-version',
          message: `scenario "${scenario.id}" version ${scenario.version} is already defined in ${clash.file}`,
          fix: 'raise the version of the changed file, or remove the copy',
        }),
      );
      continue;
    }
    const hash = contentHash(scenario, rubric);
    versions.push({
      // Compiling explores every reachable state, which can take a while for a large scenario:
      // do it on first use, once, so loading the registry stays fast.
      get compiled() {
        const value = compileScenario(scenario, rubric);
        Object.defineProperty(this, 'compiled', { value, enumerable: true });
        return value;
      },
      id: scenario.id,
      version: scenario.version,
      file,
      contentHash: hash,
      scenario,
      summary: summarize(scenario, hash, rubricOrder),
      warnings,
    });
    versions.sort((a, b) => compareVersions(a.version, b.version));
    byId.set(scenario.id, versions);
  }

  return {
    rubric,
    problems,
    list: () =>
      [...byId.keys()].sort().flatMap((id) => {
        const versions = byId.get(id) ?? [];
        const latest = versions[versions.length - 1];
        return latest ? [latest] : [];
      }),
    get: (id, version) => {
      const versions = byId.get(id) ?? [];
      return version === undefined
        ? versions[versions.length - 1]
        : versions.find((e) => e.version === version);
    },
    versions: (id) => [...(byId.get(id) ?? [])],
  };
}
