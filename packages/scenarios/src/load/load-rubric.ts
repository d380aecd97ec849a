import { type Rubric, RubricSchema } from '@doorway/engine';
import { RUBRIC_FILE } from '../content-paths';
import type { LocatedProblem, Result } from '../problems/problem';
import { zodProblems } from '../problems/zod-problems';
import { locateProblems, readYamlFile } from './load-yaml-file';

/**
 * Loads and validates the competency rubric (default: the bundled `content/rubric.yaml`).
 *
 * @example
 * const rubric = loadRubric();
 * if (rubric.ok) rubric.value.competencies.map((c) => c.id); // ['safety', 'transparency', ...]
 */
export function loadRubric(file: string = RUBRIC_FILE): Result<Rubric, LocatedProblem[]> {
  const read = readYamlFile(file);
  if (!read.ok) return read;
  const { parsed } = read.value;
  const result = RubricSchema.safeParse(parsed.data);
  if (!result.success)
    return { ok: false, error: locateProblems(parsed, zodProblems(result.error.issues, parsed.data)) };
  const seen = new Set<string>();
  const duplicates = result.data.competencies.flatMap((c, i) => {
    if (!seen.has(c.id)) {
      seen.add(c.id);
      return [];
    }
    return [
      {
        severity: 'error' as const,
        path: ['competencies', i, 'id'],
        message: `competency "${c.id}" is defined twice`,
        fix: 'give each competency its own id',
        rule: 'duplicate-id',
      },
    ];
  });
  if (duplicates.length > 0) return { ok: false, error: locateProblems(parsed, duplicates) };
  return { ok: true, value: result.data };
}
