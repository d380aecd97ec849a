import { zodProblems } from '@doorway/engine';
import { locateProblems, sortProblems } from '../problems/locate-problems';
import type { LocatedProblem, Result } from '../problems/problem';
import { parseYaml, yamlWarnings } from '../yaml/parse-yaml';
import type { ParsedYaml } from '../yaml/parsed-yaml';
import { type StringTable, StringTableSchema } from './string-table-schema';

/** A string table that validated, with the parsed file (to point later problems at an entry's line). */
export interface LoadedStringTable {
  file: string;
  table: StringTable;
  parsed: ParsedYaml;
}

/**
 * Loads a string table from its YAML text: syntax (duplicate ids included) and the format, every
 * problem at once with its file:line:col. It does not compare with the scenario (`checkStringTable` does).
 *
 * @example
 * const loaded = loadStringTableText(text, 'first-contact.es.yaml');
 * if (loaded.ok) loaded.value.table.strings['meta.title']?.text;
 */
export function loadStringTableText(text: string, file: string): Result<LoadedStringTable, LocatedProblem[]> {
  const parsed = parseYaml(text, file);
  if (!parsed.ok) return parsed;
  const result = StringTableSchema.safeParse(parsed.value.data);
  if (!result.success) {
    const problems = zodProblems(StringTableSchema, parsed.value.data, result.error.issues).map((p) => ({
      ...p,
      fix:
        p.path[p.path.length - 1] === 'source' && p.message.includes('found number')
          ? 'put the hash in quotes (source: "01234567"): a hash of digits alone reads as a number'
          : p.fix,
    }));
    return {
      ok: false,
      error: sortProblems([...yamlWarnings(parsed.value, text), ...locateProblems(parsed.value, problems)]),
    };
  }
  return { ok: true, value: { file, table: result.data, parsed: parsed.value } };
}
