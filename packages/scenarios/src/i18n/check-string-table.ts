import type { Scenario } from '@doorway/engine';
import { locateProblems } from '../problems/locate-problems';
import type { LocatedProblem, Problem } from '../problems/problem';
import type { ParsedYaml } from '../yaml/parsed-yaml';
import type { LoadedStringTable } from './load-string-table';
import { tableRows } from './table-rows';
import { translatableStrings } from './translatable-strings';

/** How complete one string table is, and what is wrong in it. */
export interface TableCheck {
  lang: string;
  file: string;
  texts: number;
  current: number;
  stale: number;
  missing: number;
  extra: number;
  /** Every problem, located in the table (or, for a text with no entry, at the English in the scenario). */
  problems: LocatedProblem[];
}

/**
 * Checks a string table against its scenario: missing translations (`i18n-missing`), stale ones whose
 * English changed (`i18n-stale`), ids that are not texts of the scenario (`i18n-extra`), `{{placeholders}}`
 * that differ from the English (`i18n-placeholders`), and a table that names another scenario or
 * language than its file name (`i18n-table`). Every problem is an error with file:line:col.
 *
 * @example
 * const check = checkStringTable({ scenario, scenarioParsed: loaded.parsed, table, lang: 'es' });
 * check.problems.map((p) => formatProblem(p));
 */
export function checkStringTable(args: {
  scenario: Scenario;
  /** The scenario file, parsed: a text with no entry is reported at its English (else at the table's `strings`). */
  scenarioParsed?: ParsedYaml;
  table: LoadedStringTable;
  /** The language the file name says (`<id>.<lang>.yaml`). */
  lang: string;
}): TableCheck {
  const { scenario, scenarioParsed, table, lang } = args;
  const strings = translatableStrings(scenario);
  const { rows, extra } = tableRows(strings, table.table);
  const inTable: Problem[] = [];
  const inScenario: Problem[] = [];
  const base = { severity: 'error' as const };
  const skeleton = `pnpm doorway i18n skeleton ${scenario.id} --lang ${lang}`;
  if (table.table.scenario !== scenario.id) {
    inTable.push({
      ...base,
      path: ['scenario'],
      rule: 'i18n-table',
      message: `this table says it translates "${table.table.scenario}", but its file belongs to "${scenario.id}"`,
      fix: `set scenario: ${scenario.id}, or rename the file to ${table.table.scenario}.${lang}.yaml`,
    });
  }
  if (table.table.lang !== lang) {
    inTable.push({
      ...base,
      path: ['lang'],
      rule: 'i18n-table',
      message: `this table says lang: ${table.table.lang}, but its file name says ${lang}`,
      fix: `set lang: ${lang}, or rename the file to ${scenario.id}.${table.table.lang}.yaml`,
    });
  }
  for (const row of rows) {
    const id = row.string.id;
    if (row.status === 'missing') {
      const problem = {
        ...base,
        rule: 'i18n-missing',
        message: `no ${lang} text for ${id} yet (English: "${short(row.string.text)}")`,
        fix: row.entry ? 'write the translation in `text`' : `run \`${skeleton}\` and write its text`,
      };
      if (row.entry) inTable.push({ ...problem, path: ['strings', id, 'text'] });
      else if (scenarioParsed) inScenario.push({ ...problem, path: row.string.path });
      else inTable.push({ ...problem, path: ['strings'] });
      continue;
    }
    if (row.status === 'stale') {
      inTable.push({
        ...base,
        path: ['strings', id, 'source'],
        rule: 'i18n-stale',
        message: `the English of ${id} changed since it was translated (source ${row.entry?.source}, English now ${row.string.source}: "${short(row.string.text)}")`,
        fix: `review the text against the English now, then set source: "${row.string.source}"`,
      });
    }
    const want = placeholders(row.string.text);
    const have = placeholders(row.entry?.text ?? '');
    if (want.join() !== have.join()) {
      inTable.push({
        ...base,
        path: ['strings', id, 'text'],
        rule: 'i18n-placeholders',
        message: `placeholders differ from the English: English has ${list(want)}, this text has ${list(have)}`,
        fix: 'keep every {{placeholder}} of the English exactly as it is written there (translate the words around it)',
      });
    }
  }
  for (const [id] of extra) {
    inTable.push({
      ...base,
      path: ['strings', id],
      rule: 'i18n-extra',
      message: `\`${id}\` is not a text of ${scenario.id} (removed or renamed in the English)`,
      fix: `move its text to the id the English has now (\`${skeleton}\` does when the English is unchanged), or delete it`,
    });
  }
  const count = (status: string) => rows.filter((r) => r.status === status).length;
  return {
    lang,
    file: table.file,
    texts: rows.length,
    current: count('current'),
    stale: count('stale'),
    missing: count('missing'),
    extra: extra.length,
    problems: [
      ...locateProblems(table.parsed, inTable),
      ...(scenarioParsed ? locateProblems(scenarioParsed, inScenario) : []),
    ],
  };
}

/**
 * The `{{name}}` placeholders of a text, sorted (so order may change between languages).
 *
 * @example
 * placeholders('Hi {{name}}, {{count}} new') // ['{{count}}', '{{name}}']
 */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*[\w.-]+\s*\}\}/g)].map((m) => m[0].replace(/\s+/g, '')).sort();
}

function list(items: string[]): string {
  return items.length === 0 ? 'none' : items.join(' ');
}

function short(text: string): string {
  const one = text.replace(/\s+/g, ' ');
  return one.length > 60 ? `${one.slice(0, 57)}...` : one;
}
