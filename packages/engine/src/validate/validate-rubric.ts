import type { Problem, Result } from '../runtime/types';
import { type Rubric, RubricSchema } from '../schema/rubric';
import { err, ok } from '../util/result';
import { zodProblems } from './zod-problems';

/**
 * Validate the shared competency rubric: schema, and competency ids and codes unique.
 *
 * @example
 * const r = validateRubric(yaml.parse(text)); if (r.ok) r.value.competencies.length;
 */
export function validateRubric(raw: unknown): Result<Rubric, Problem[]> {
  const parsed = RubricSchema.safeParse(raw);
  if (!parsed.success) return err(zodProblems(RubricSchema, raw, parsed.error.issues));
  const problems: Problem[] = [];
  const ids = new Set<string>();
  const codes = new Set<string>();
  parsed.data.competencies.forEach((c, i) => {
    if (ids.has(c.id)) {
      problems.push({
        severity: 'error',
        rule: 'duplicate-competency',
        path: ['competencies', i, 'id'],
        message: `competency id \`${c.id}\` is used twice`,
        fix: 'give each competency its own id',
      });
    }
    if (codes.has(c.code)) {
      problems.push({
        severity: 'error',
        rule: 'duplicate-competency',
        path: ['competencies', i, 'code'],
        message: `competency code \`${c.code}\` is used twice`,
        fix: 'give each competency its own code',
      });
    }
    ids.add(c.id);
    codes.add(c.code);
  });
  return problems.length > 0 ? err(problems) : ok(parsed.data);
}
