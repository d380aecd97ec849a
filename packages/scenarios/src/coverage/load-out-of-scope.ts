import { zodProblems } from '@doorway/engine';
import { z } from 'zod';
import { OUT_OF_SCOPE_FILE } from '../content-paths';
import { readYamlFile } from '../load/load-yaml-file';
import { locateProblems } from '../problems/locate-problems';
import type { LocatedProblem, Result } from '../problems/problem';

const OutOfScopeSchema = z
  .object({
    outOfScope: z.array(z.object({ id: z.string().min(1), reason: z.string().min(10) }).strict()),
  })
  .strict();

/**
 * The guidance items deliberately left out of the scenarios, by id, with their reason.
 *
 * @example
 * loadOutOfScope() // { ok: true, value: Map { 'legal-civil' => 'Civil suits are ...' } }
 */
export function loadOutOfScope(
  file: string = OUT_OF_SCOPE_FILE,
): Result<Map<string, string>, LocatedProblem[]> {
  const read = readYamlFile(file);
  if (!read.ok) return read;
  const { parsed } = read.value;
  const result = OutOfScopeSchema.safeParse(parsed.data);
  if (!result.success)
    return {
      ok: false,
      error: locateProblems(parsed, zodProblems(OutOfScopeSchema, parsed.data, result.error.issues)),
    };
  return { ok: true, value: new Map(result.data.outOfScope.map((o) => [o.id, o.reason])) };
}
