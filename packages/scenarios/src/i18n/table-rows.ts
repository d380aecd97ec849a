import type { StringEntry, StringTable } from './string-table-schema';
import type { TranslatableString } from './translatable-strings';

/** How an English text stands in a table: translated from this English, from older English, or not at all. */
export type RowStatus = 'current' | 'stale' | 'missing';

/** One English text with its table entry (if any) and its status. */
export interface TableRow {
  string: TranslatableString;
  entry?: StringEntry;
  status: RowStatus;
}

/**
 * Pairs every English text with its table entry: `current` when the entry's `source` is the hash of the
 * English now, `stale` when it was translated from other English, `missing` when there is no entry or its
 * text is empty. `extra` lists entries whose id is not a text of the scenario (removed or renamed).
 *
 * @example
 * const { rows, extra } = tableRows(translatableStrings(scenario), table);
 * rows.filter((r) => r.status === 'stale').map((r) => r.string.id);
 */
export function tableRows(
  strings: readonly TranslatableString[],
  table: StringTable | undefined,
): { rows: TableRow[]; extra: [string, StringEntry][] } {
  const entries = table?.strings ?? {};
  const ids = new Set(strings.map((s) => s.id));
  const rows = strings.map((string): TableRow => {
    const entry = Object.hasOwn(entries, string.id) ? entries[string.id] : undefined;
    if (!entry) return { string, status: 'missing' };
    if (entry.text === '') return { string, entry, status: 'missing' };
    return { string, entry, status: entry.source === string.source ? 'current' : 'stale' };
  });
  const extra = Object.entries(entries).filter(([id]) => !ids.has(id));
  return { rows, extra };
}
