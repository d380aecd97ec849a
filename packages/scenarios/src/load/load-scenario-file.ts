import type { Rubric, Scenario } from '@doorway/engine';
import type { LocatedProblem, Result } from '../problems/problem';
import type { ParsedYaml } from '../yaml/parsed-yaml';
import { locateProblems, readYamlFile, sortProblems } from './load-yaml-file';
import { validateScenarioRaw } from './validate-scenario-raw';

/** A scenario file that validated: the scenario, its warnings, and the parsed file (to locate later problems). */
export interface LoadedScenarioFile {
  file: string;
  scenario: Scenario;
  warnings: LocatedProblem[];
  parsed: ParsedYaml;
}

/**
 * Loads one scenario file: YAML with positions, then validation against the rubric. Every problem
 * (syntax, schema, references) comes back at once with its `file:line:col`; nothing is thrown.
 *
 * @example
 * const loaded = loadScenarioFile('content/scenarios/first-contact.yaml', rubric);
 * if (!loaded.ok) for (const p of loaded.error) console.log(formatProblem(p));
 */
export function loadScenarioFile(file: string, rubric: Rubric): Result<LoadedScenarioFile, LocatedProblem[]> {
  const read = readYamlFile(file);
  if (!read.ok) return read;
  const { parsed, warnings: yamlWarnings } = read.value;
  const validated = validateScenarioRaw(parsed.data, rubric);
  if (!validated.ok) {
    return { ok: false, error: sortProblems([...yamlWarnings, ...locateProblems(parsed, validated.error)]) };
  }
  return {
    ok: true,
    value: { file, scenario: validated.value, warnings: sortProblems(yamlWarnings), parsed },
  };
}
