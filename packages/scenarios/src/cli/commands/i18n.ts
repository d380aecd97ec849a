import { readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { LoadedStringTable } from '../../i18n/load-string-table';
import { toPo } from '../../i18n/po-file';
import { readStringTable } from '../../i18n/read-string-table';
import { stringTableFile } from '../../i18n/string-table-file';
import { TableLangSchema } from '../../i18n/string-table-schema';
import { tableRows } from '../../i18n/table-rows';
import { tableSkeleton } from '../../i18n/table-skeleton';
import { translatableStrings } from '../../i18n/translatable-strings';
import { translatorNote } from '../../i18n/translator-note';
import { formatProblem } from '../../problems/format-problem';
import { locate } from '../../yaml/locate';
import type { CliIo, Command } from '../cli-io';
import { parseOptions } from '../parse-options';
import { type ResolvedScenario, resolveScenario } from '../resolve-scenario';
import { checkTablesCommand as checkTables } from './i18n-check';

const USAGE = [
  'Usage: doorway i18n <extract|skeleton> <id or file> --lang <lang> [options]',
  '       doorway i18n check [id or file] [--lang <lang>]',
  '',
  'Scenario string tables (docs/i18n.md): every English text of a scenario has a stable id, and',
  '<id>.<lang>.yaml beside the scenario holds, per id, the translation and the hash of the English it',
  'was translated from.',
  '',
  '  extract    print (or --out) a gettext PO file for translators: msgctxt = string id, msgid = English,',
  '             msgstr = the translation so far; stale translations are marked `#, fuzzy`',
  '             (--format yaml does what skeleton does)',
  '  skeleton   write or update <id>.<lang>.yaml beside the scenario: every id with its source hash and',
  '             the English as a comment; existing translations are kept, new ids get text: ""',
  '  check      every table of the scenario (default: of every bundled scenario): missing, stale (the',
  '             English changed), extra ids and placeholder problems, as file:line:col; exit 1 on any.',
  '             A scenario with no table passes and is reported as "English only".',
  '',
  'Options:',
  '  --lang <lang>      the language, for example es (required, except for check)',
  '  --out <file>       extract: write the file instead of printing it; skeleton: write here instead',
  '  --format po|yaml   extract: po (default) or yaml (the skeleton)',
  '  --stdout           skeleton: print instead of writing the file',
].join('\n');

export const i18nCommand: Command = {
  summary: 'scenario string tables: extract a PO file, write or update <id>.<lang>.yaml',
  usage: USAGE,
  async run(args, io) {
    const parsed = parseOptions(args, {
      lang: { type: 'string' },
      out: { type: 'string' },
      format: { type: 'string' },
      stdout: { type: 'boolean' },
    });
    if (!parsed.ok) {
      io.err(`doorway i18n: ${parsed.error}`);
      return 2;
    }
    const [sub, target] = parsed.value.positionals;
    const { values } = parsed.value;
    if (sub !== 'extract' && sub !== 'skeleton' && sub !== 'check') {
      io.err(`doorway i18n: name a subcommand: extract, skeleton or check\n${USAGE}`);
      return 2;
    }
    if (sub === 'check') {
      const only = values.lang === undefined ? undefined : TableLangSchema.safeParse(values.lang);
      if (only && !only.success) {
        io.err(`doorway i18n check: --lang ${String(values.lang)}: ${only.error.issues[0]?.message ?? ''}`);
        return 2;
      }
      return checkTables(target, only?.data, io);
    }
    if (target === undefined) {
      io.err(`doorway i18n ${sub}: name a scenario id or file`);
      return 2;
    }
    const lang = TableLangSchema.safeParse(values.lang);
    if (!lang.success) {
      io.err(
        `doorway i18n ${sub}: --lang ${String(values.lang ?? '')} is not a table language: ${lang.error.issues[0]?.message ?? ''} (for example --lang es)`,
      );
      return 2;
    }
    const format = typeof values.format === 'string' ? values.format : sub === 'skeleton' ? 'yaml' : 'po';
    if (format !== 'po' && format !== 'yaml') {
      io.err(`doorway i18n ${sub}: --format must be po or yaml`);
      return 2;
    }
    const resolved = resolveScenario(target, io);
    if (!resolved) return 1;
    const tableFile = stringTableFile(resolved.loaded.file, resolved.loaded.scenario.id, lang.data);
    const existing = readStringTable(tableFile);
    if (!existing.ok) {
      for (const p of existing.error) io.err(formatProblem(p, { relativeTo: io.cwd }));
      io.err(`doorway i18n ${sub}: fix ${relative(io.cwd, tableFile)} first (nothing was written)`);
      return 1;
    }
    const out = typeof values.out === 'string' ? resolve(io.cwd, values.out) : undefined;
    if (format === 'po') return extractPo(resolved, lang.data, existing.value, out, io);
    const text = tableSkeleton(
      resolved.loaded.scenario.id,
      lang.data,
      translatableStrings(resolved.loaded.scenario),
      existing.value?.table,
      existing.value ? translatorNote(readFileSync(tableFile, 'utf8')) : undefined,
    );
    if (values.stdout || (sub === 'extract' && out === undefined)) {
      io.out(text.replace(/\n$/, ''));
      return 0;
    }
    const file = out ?? tableFile;
    writeFileSync(file, text);
    const { rows } = tableRows(translatableStrings(resolved.loaded.scenario), existing.value?.table);
    const todo = rows.filter((r) => r.status !== 'current').length;
    io.out(
      `wrote ${relative(io.cwd, file)}: ${rows.length} texts, ${rows.length - todo} translated, ${todo} to do`,
    );
    return 0;
  },
};

function extractPo(
  resolved: ResolvedScenario,
  lang: string,
  existing: LoadedStringTable | undefined,
  out: string | undefined,
  io: CliIo,
): number {
  const { scenario, file, parsed } = resolved.loaded;
  const { rows } = tableRows(translatableStrings(scenario), existing?.table);
  const where = relative(io.cwd, file) || file;
  const po = toPo(rows, {
    scenarioId: scenario.id,
    version: scenario.version,
    lang,
    reference: (row) => `${where}:${locate(parsed, row.string.path).line}`,
  });
  if (out === undefined) {
    io.out(po.replace(/\n$/, ''));
    return 0;
  }
  writeFileSync(out, po);
  io.out(`wrote ${relative(io.cwd, out)}: ${rows.length} texts`);
  return 0;
}
