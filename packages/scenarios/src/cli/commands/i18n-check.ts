import { relative } from 'node:path';
import { checkStringTable } from '../../i18n/check-string-table';
import { findStringTables } from '../../i18n/find-string-tables';
import { readStringTable } from '../../i18n/read-string-table';
import { formatProblem } from '../../problems/format-problem';
import { sortProblems } from '../../problems/locate-problems';
import type { LocatedProblem } from '../../problems/problem';
import { createRegistry } from '../../registry/create-registry';
import type { CliIo } from '../cli-io';
import { resolveScenario } from '../resolve-scenario';

/**
 * `doorway i18n check [id or file] [--lang l]`: checks the string tables of one scenario, or of every
 * bundled scenario; prints each problem as file:line:col, then one line per scenario and table.
 * Returns 1 when there is a problem, 0 otherwise (a scenario with no table is "English only").
 *
 * @example
 * await checkTablesCommand('first-contact', 'es', io) // 0 when first-contact.es.yaml is complete
 */
export async function checkTablesCommand(
  target: string | undefined,
  lang: string | undefined,
  io: CliIo,
): Promise<number> {
  const targets =
    target !== undefined
      ? [target]
      : createRegistry()
          .list()
          .map((e) => e.file);
  const problems: LocatedProblem[] = [];
  const summary: string[] = [];
  let failed = false;
  for (const t of targets) {
    const resolved = resolveScenario(t, io);
    if (!resolved) {
      failed = true;
      continue;
    }
    const { scenario, file, parsed } = resolved.loaded;
    const tables = findStringTables(file, scenario.id).filter((x) => lang === undefined || x.lang === lang);
    if (tables.length === 0) {
      summary.push(
        `${scenario.id}: English only${lang !== undefined ? ` (no ${lang} table)` : ' (no string tables)'}`,
      );
      continue;
    }
    for (const table of tables) {
      const loaded = readStringTable(table.file);
      if (!loaded.ok || !loaded.value) {
        if (!loaded.ok) problems.push(...loaded.error);
        summary.push(`${scenario.id} ${table.lang}: ${relative(io.cwd, table.file)} does not load`);
        continue;
      }
      const check = checkStringTable({
        scenario,
        scenarioParsed: parsed,
        table: loaded.value,
        lang: table.lang,
      });
      problems.push(...check.problems);
      summary.push(
        `${scenario.id} ${table.lang}: ${check.current} of ${check.texts} texts translated, ${check.missing} missing, ` +
          `${check.stale} stale, ${check.extra} extra${check.problems.length === 0 ? ': complete' : ''}`,
      );
    }
  }
  for (const p of sortProblems(problems)) io.out(formatProblem(p, { relativeTo: io.cwd }));
  for (const line of summary) io.out(line);
  return failed || problems.length > 0 ? 1 : 0;
}
