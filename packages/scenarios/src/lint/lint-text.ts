import {
  type Analysis,
  type CompiledScenario,
  compileScenario,
  type Rubric,
  type Scenario,
} from '@doorway/engine';
import { loadScenarioText } from '../load/load-scenario-text';
import { sortProblems } from '../problems/locate-problems';
import type { LocatedProblem } from '../problems/problem';
import type { Sources } from '../sources/sources-schema';
import type { ParsedYaml } from '../yaml/parsed-yaml';
import { analyzeLoaded } from './analysis-problems';

/**
 * Lints one scenario from its YAML text, with no file system (an editor can run it as the author
 * types): YAML, format and references, then the engine's analysis and phrase lint.
 *
 * @example
 * const { problems } = lintText(text, 'street-outreach.yaml', rubric, sources);
 * problems.filter((p) => p.severity === 'error').length // 0
 */
export function lintText(
  text: string,
  file: string,
  rubric: Rubric,
  sources: Sources,
): {
  problems: LocatedProblem[];
  compiled?: CompiledScenario | undefined;
  scenario?: Scenario | undefined;
  analysis?: Analysis | undefined;
  /** The parsed file, to locate anything else in it (the authoring map finds each beat's line). */
  parsed?: ParsedYaml | undefined;
} {
  const loaded = loadScenarioText(text, file, rubric);
  if (!loaded.ok) return { problems: loaded.error };
  const compiled = compileScenario(loaded.value.scenario, rubric);
  const analyzed = analyzeLoaded(loaded.value, compiled, sources);
  return {
    problems: sortProblems([...loaded.value.warnings, ...analyzed.problems]),
    compiled,
    scenario: loaded.value.scenario,
    analysis: analyzed.analysis,
    parsed: loaded.value.parsed,
  };
}
