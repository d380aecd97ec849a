import { type Rubric, type Scenario, validateScenario } from '@doorway/engine';
import type { Problem, Result } from '../problems/problem';
import { clarifyProblem } from './clarify-problem';

/**
 * Validates raw scenario data with the engine (schema, then every reference), with the loader's
 * clarifications of its problems (`clarifyProblem`).
 *
 * @example
 * validateScenarioRaw(parsed.data, rubric) // { ok: true, value: scenario }
 */
export function validateScenarioRaw(raw: unknown, rubric: Rubric): Result<Scenario, Problem[]> {
  const result = validateScenario(raw, rubric);
  if (result.ok) return result;
  return { ok: false, error: result.error.map((p) => clarifyProblem(p, raw)) };
}
