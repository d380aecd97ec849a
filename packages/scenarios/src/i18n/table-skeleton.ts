import { stringify } from 'yaml';
import type { StringEntry, StringTable } from './string-table-schema';
import { tableRows } from './table-rows';
import type { TranslatableString } from './translatable-strings';

/**
 * The YAML text of a scenario's string table with every id of the English, its hash and the English as a
 * comment, keeping every translation of `existing`: a stale entry keeps its old `source` (so it stays
 * stale until reviewed) and gets a STALE comment with the new hash; an entry whose English moved to
 * another id (a line inserted above it) follows it when the hash matches; entries whose id is gone are
 * kept at the end under a comment. Untranslated ids get `text: ""`. `note` (the translator's note of the
 * old file, see `translatorNote`) is kept under the generated header.
 *
 * @example
 * writeFileSync('first-contact.es.yaml', tableSkeleton('first-contact', 'es', translatableStrings(s), old));
 */
export function tableSkeleton(
  scenarioId: string,
  lang: string,
  strings: readonly TranslatableString[],
  existing?: StringTable,
  note?: readonly string[],
): string {
  const { rows, extra } = tableRows(strings, existing);
  // An English text that moved to another id (a line inserted above it) keeps its translation: an entry
  // translated from exactly this English, now stale at its old id or at an id that is gone, follows it.
  const movable = new Map<string, [string, StringEntry]>();
  for (const [id, entry] of [
    ...rows.filter((r) => r.status === 'stale').map((r) => [r.string.id, r.entry] as const),
    ...extra,
  ]) {
    if (entry && entry.text !== '' && !movable.has(entry.source)) movable.set(entry.source, [id, entry]);
  }
  const moves = new Map<string, [string, StringEntry]>();
  const used = new Set<string>();
  for (const row of rows) {
    const found = row.status === 'missing' ? movable.get(row.string.source) : undefined;
    if (found && !used.has(found[0])) {
      used.add(found[0]);
      moves.set(row.string.id, found);
    }
  }
  const out = [
    `# ${scenarioId}: string table for "${lang}" (format in docs/i18n.md). Each entry: the stable id of an`,
    '# English text, `source` (the hash of the English it was translated from) and `text` (the translation).',
    '# `text: ""` is not translated yet. After the English changes run `pnpm doorway i18n skeleton',
    `# ${scenarioId} --lang ${lang}` +
      '` again: it adds new ids and keeps every translation; `pnpm doorway i18n',
    `# check ${scenarioId}` +
      '` lists what is missing or stale. Keep {{placeholders}} and line breaks as they are.',
    ...(note && note.length > 0 ? ['#', ...note] : []),
    `scenario: ${scenarioId}`,
    `lang: ${lang}`,
    'strings:',
  ];
  for (const row of rows) {
    const s = row.string;
    out.push(`  # ${s.note}`);
    out.push(...comment('en', s.text));
    const move = moves.get(s.id);
    let entry = row.status === 'missing' ? undefined : row.entry;
    if (move) {
      out.push(`  # moved here from ${move[0]} (translated from the same English)`);
      entry = move[1];
    } else if (row.status === 'stale' && used.has(s.id)) {
      entry = undefined; // its translation moved to the id its English moved to
    } else if (row.status === 'stale') {
      out.push(
        `  # STALE: the English changed since this was translated. Review the text, then set source: ${yamlValue(s.source, 6)}`,
      );
    }
    out.push(`  ${s.id}:`);
    out.push(`    source: ${yamlValue(entry?.source ?? s.source, 6)}`);
    out.push(`    text: ${yamlValue(entry?.text ?? '', 6)}`);
  }
  const gone = extra.filter(([id]) => !used.has(id));
  if (gone.length > 0) {
    out.push(
      '  # ---- Not in the English any more (removed or renamed): move the text to its new id, or delete it.',
    );
    for (const [id, entry] of gone) {
      out.push(`  ${id}:`);
      out.push(`    source: ${yamlValue(entry.source, 6)}`);
      out.push(`    text: ${yamlValue(entry.text, 6)}`);
    }
  }
  return `${out.join('\n')}\n`;
}

function comment(label: string, text: string): string[] {
  const [first = '', ...rest] = text.split('\n');
  return [`  # ${label}: ${first}`, ...rest.map((l) => `  #     ${l}`)];
}

// One YAML value after `key: `: plain or quoted on one line, or a block scalar indented by `indent`.
function yamlValue(text: string, indent: number): string {
  const value = stringify(text, { lineWidth: 0 }).replace(/\n$/, '');
  if (!value.includes('\n')) return value;
  const [head = '', ...rest] = value.split('\n');
  return [head, ...rest.map((l) => (l === '' ? '' : `${' '.repeat(indent)}${l}`))].join('\n');
}
