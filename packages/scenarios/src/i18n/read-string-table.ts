import { existsSync } from 'node:fs';
import { readText } from '../load/load-yaml-file';
import type { LocatedProblem, Result } from '../problems/problem';
import { type LoadedStringTable, loadStringTableText } from './load-string-table';

/**
 * Loads a string table file when it exists: `undefined` when there is none (the scenario is English only
 * in that language), its problems when it does not load.
 *
 * @example
 * const table = readStringTable('content/scenarios/first-contact.es.yaml');
 * if (table.ok && table.value) table.value.table.lang; // 'es'
 */
export function readStringTable(file: string): Result<LoadedStringTable | undefined, LocatedProblem[]> {
  if (!existsSync(file)) return { ok: true, value: undefined };
  const text = readText(file);
  if (!text.ok) return text;
  return loadStringTableText(text.value, file);
}
