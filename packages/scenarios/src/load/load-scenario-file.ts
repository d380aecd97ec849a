import type { Rubric } from '@doorway/engine';
import type { LocatedProblem, Result } from '../problems/problem';
import { type LoadedScenarioFile, loadScenarioText } from './load-scenario-text';
import { readText } from './load-yaml-file';

export type { LoadedScenarioFile } from './load-scenario-text';

/**
 * Loads one scenario file: YAML with positions, then validation against the rubric. Every problem
 * (syntax, schema, references) comes back at once with its `file:line:col`; nothing is thrown.
 *
 * @example
 * const loaded = loadScenarioFile('content/scenarios/first-contact.yaml', rubric);
 * if (!loaded.ok) for (const p of loaded.error) console.log(formatProblem(p));
 */
export function loadScenarioFile(file: string, rubric: Rubric): Result<LoadedScenarioFile, LocatedProblem[]> {
  const text = readText(file);
  if (!text.ok) return text;
  return loadScenarioText(text.value, file, rubric);
}
