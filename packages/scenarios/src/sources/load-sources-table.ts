import { existsSync } from 'node:fs';
import { zodProblems } from '@doorway/engine';
import { CONTENT_DIR } from '../content-paths';
import { readText } from '../load/load-yaml-file';
import { locateProblems } from '../problems/locate-problems';
import type { LocatedProblem, Problem, Result } from '../problems/problem';
import { parseYaml } from '../yaml/parse-yaml';
import type { ParsedYaml } from '../yaml/parsed-yaml';
import { type SourcesTable, SourcesTableSchema, sourceStringId } from './sources-table-schema';

/** A sources table that validated, with the parsed file (to point later problems at an entry's line). */
export interface LoadedSourcesTable {
  file: string;
  table: SourcesTable;
  parsed: ParsedYaml;
}

/** Where the bundled translation of the Sources page into `lang` lives. */
export function sourcesTableFile(lang: string): string {
  return `${CONTENT_DIR}/sources.${lang}.yaml`;
}

/**
 * Loads the translation of the Sources page into `lang` (default file: `content/sources.<lang>.yaml`):
 * `undefined` when there is none (the page stays in English), its problems with file:line:col when it
 * does not load. It does not compare with the English (`sourcesTableRows` does).
 *
 * @example
 * const es = loadSourcesTable('es');
 * if (es.ok && es.value) es.value.table.strings['guidance.interp-3']?.text;
 */
export function loadSourcesTable(
  lang: string,
  file: string = sourcesTableFile(lang),
): Result<LoadedSourcesTable | undefined, LocatedProblem[]> {
  if (!existsSync(file)) return { ok: true, value: undefined };
  const text = readText(file);
  if (!text.ok) return text;
  const parsed = parseYaml(text.value, file);
  if (!parsed.ok) return parsed;
  const result = SourcesTableSchema.safeParse(parsed.value.data);
  if (!result.success) {
    const problems = zodProblems(SourcesTableSchema, parsed.value.data, result.error.issues);
    return { ok: false, error: locateProblems(parsed.value, problems) };
  }
  const problems: Problem[] = Object.keys(result.data.strings)
    .filter((id) => !sourceStringId.test(id))
    .map((id) => ({
      severity: 'error',
      path: ['strings', id],
      message: `"${id}" is not an id of the Sources page`,
      fix: 'use guidance.<guidance id> (guidance.interp-1) or section.<heading> (section.interpreters)',
      rule: 'table-id',
    }));
  if (result.data.lang !== lang)
    problems.push({
      severity: 'error',
      path: ['lang'],
      message: `the table says lang: ${result.data.lang}, but the file is for ${lang}`,
      fix: `set lang: ${lang}`,
      rule: 'table-lang',
    });
  if (problems.length > 0) return { ok: false, error: locateProblems(parsed.value, problems) };
  return { ok: true, value: { file, table: result.data, parsed: parsed.value } };
}
