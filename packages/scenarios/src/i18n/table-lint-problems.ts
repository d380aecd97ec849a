import { basename } from 'node:path';
import type { Scenario } from '@doorway/engine';
import { lintTablePhrases } from '../lint/lint-table-phrases';
import { locateProblems } from '../problems/locate-problems';
import { fileProblem, type LocatedProblem } from '../problems/problem';
import { checkStringTable } from './check-string-table';
import { findStringTables } from './find-string-tables';
import { readStringTable } from './read-string-table';

/**
 * What `doorway lint` says about the string tables beside the scenario files it linted: a table that does
 * not load is an error (its problems with file:line:col); an incomplete one (missing, stale, extra ids,
 * placeholders) is one `i18n-incomplete` warning that points to `doorway i18n check`. A Spanish table's
 * options also go through the Spanish phrase list (`lintTablePhrases`), judged by the English verdict.
 *
 * @example
 * tableLintProblems(['content/scenarios/first-contact.yaml'], [scenario])
 * // [{ rule: 'i18n-incomplete', severity: 'warning', message: 'the es table translates 300 of 309 texts: ...' }]
 */
export function tableLintProblems(
  files: readonly string[],
  scenarios: readonly Scenario[],
): LocatedProblem[] {
  const problems: LocatedProblem[] = [];
  for (const file of files) {
    const id = basename(file).replace(/\.ya?ml$/, '');
    const scenario = scenarios.find((s) => s.id === id);
    if (!scenario) continue;
    for (const { lang, file: tableFile } of findStringTables(file, id)) {
      const loaded = readStringTable(tableFile);
      if (!loaded.ok) {
        problems.push(...loaded.error);
        continue;
      }
      if (!loaded.value) continue;
      if (lang === 'es')
        problems.push(
          ...locateProblems(loaded.value.parsed, lintTablePhrases(scenario, loaded.value.table.strings)),
        );
      const check = checkStringTable({ scenario, table: loaded.value, lang });
      if (check.problems.length === 0) continue;
      const wrong = check.problems.length - check.missing - check.stale - check.extra;
      problems.push({
        ...fileProblem(tableFile, {
          rule: 'i18n-incomplete',
          message:
            `the ${lang} table translates ${check.current} of ${check.texts} texts: ${check.missing} missing, ` +
            `${check.stale} stale, ${check.extra} extra${wrong > 0 ? `, ${wrong} other problems` : ''} ` +
            '(those texts are shown in English)',
          fix: `\`pnpm doorway i18n check ${id} --lang ${lang}\` lists each one`,
        }),
        severity: 'warning',
      });
    }
  }
  return problems;
}
