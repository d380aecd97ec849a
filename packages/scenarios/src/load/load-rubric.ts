import { type Rubric, validateRubric } from '@doorway/engine';
import { RUBRIC_FILE } from '../content-paths';
import { locateProblems } from '../problems/locate-problems';
import type { LocatedProblem, Result } from '../problems/problem';
import { readYamlFile } from './load-yaml-file';

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
  const result = validateRubric(parsed.data);
  if (!result.ok) return { ok: false, error: locateProblems(parsed, result.error) };
  return { ok: true, value: result.value };
}
