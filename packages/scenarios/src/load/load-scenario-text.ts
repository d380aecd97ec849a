import type { Rubric, Scenario } from '@doorway/engine';
import { locateProblems, sortProblems } from '../problems/locate-problems';
import type { LocatedProblem, Result } from '../problems/problem';
import { parseYaml, yamlWarnings } from '../yaml/parse-yaml';
import type { ParsedYaml } from '../yaml/parsed-yaml';
import { validateScenarioRaw } from './validate-scenario-raw';

/** A scenario file that validated: the scenario, its warnings, and the parsed file (to locate later problems). */
export interface LoadedScenarioFile {
  file: string;
  scenario: Scenario;
  warnings: LocatedProblem[];
  parsed: ParsedYaml;
}

/**
 * Loads a scenario from its YAML text (no file system: an editor can call it as the author types):
 * YAML with positions, then validation against the rubric. Every problem comes back at once.
 *
 * @example
 * const loaded = loadScenarioText(text, 'street-outreach.yaml', rubric);
 * if (!loaded.ok) loaded.error.map((p) => formatProblem(p));
 */
export function loadScenarioText(
  text: string,
  file: string,
  rubric: Rubric,
): Result<LoadedScenarioFile, LocatedProblem[]> {
  const parsed = parseYaml(text, file);
  if (!parsed.ok) return parsed;
  const warnings = yamlWarnings(parsed.value, text);
  const validated = validateScenarioRaw(parsed.value.data, rubric);
  if (!validated.ok) {
    return {
      ok: false,
      error: sortProblems([...warnings, ...locateProblems(parsed.value, validated.error)]),
    };
  }
  return {
    ok: true,
    value: { file, scenario: validated.value, warnings: sortProblems(warnings), parsed: parsed.value },
  };
}
