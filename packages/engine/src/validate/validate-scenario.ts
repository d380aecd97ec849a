import type { Problem, Result } from '../runtime/types';
import type { Rubric } from '../schema/rubric';
import { type Scenario, ScenarioSchema } from '../schema/scenario';
import { err, ok } from '../util/result';
import { checkReferences } from './references';
import { zodProblems } from './zod-problems';

/**
 * Validate a raw scenario object (parsed YAML) against the schema and check every reference.
 * All problems are reported at once; each has the path into the raw object, a rule and a fix.
 *
 * @example
 * const r = validateScenario(yaml.parse(text), rubric);
 * if (!r.ok) for (const p of r.error) console.log(p.path.join('.'), p.message, `(${p.fix})`);
 */
export function validateScenario(raw: unknown, rubric: Rubric): Result<Scenario, Problem[]> {
  const parsed = ScenarioSchema.safeParse(raw);
  if (!parsed.success) return err(zodProblems(ScenarioSchema, raw, parsed.error.issues));
  const problems = checkReferences(parsed.data, rubric);
  return problems.length > 0 ? err(problems) : ok(parsed.data);
}
