import { zodProblems } from '@doorway/engine';
import { SOURCES_FILE } from '../content-paths';
import { readYamlFile } from '../load/load-yaml-file';
import { locateProblems } from '../problems/locate-problems';
import type { LocatedProblem, Problem, Result } from '../problems/problem';
import { type Sources, SourcesSchema } from './sources-schema';

/**
 * Loads the source list (default: the bundled `content/sources.yaml`): seed documents, guidance items
 * and reference keys. Every id and key must be unique and every item's document must exist.
 *
 * @example
 * const sources = loadSources();
 * if (sources.ok) sources.value.guidance.length; // 61
 */
export function loadSources(file: string = SOURCES_FILE): Result<Sources, LocatedProblem[]> {
  const read = readYamlFile(file);
  if (!read.ok) return read;
  const { parsed } = read.value;
  const result = SourcesSchema.safeParse(parsed.data);
  if (!result.success)
    return {
      ok: false,
      error: locateProblems(parsed, zodProblems(SourcesSchema, parsed.data, result.error.issues)),
    };
  const sources = result.data;
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const documents = new Set(sources.documents.map((d) => d.id));
  const check = (id: string, path: (string | number)[]) => {
    if (seen.has(id)) {
      problems.push({
        severity: 'error',
        path,
        message: `"${id}" is listed twice`,
        fix: 'keep one entry',
        rule: 'duplicate-id',
      });
    }
    seen.add(id);
  };
  sources.guidance.forEach((g, i) => {
    check(g.id, ['guidance', i, 'id']);
    if (!documents.has(g.document)) {
      problems.push({
        severity: 'error',
        path: ['guidance', i, 'document'],
        message: `unknown document "${g.document}"`,
        fix: `use one of the ids under documents: ${[...documents].join(', ')}`,
        rule: 'unknown-document',
      });
    }
  });
  for (const [i, r] of sources.references.entries()) check(r.key, ['references', i, 'key']);
  if (problems.length > 0) return { ok: false, error: locateProblems(parsed, problems) };
  return { ok: true, value: sources };
}
