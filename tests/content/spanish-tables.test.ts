import { readFileSync } from 'node:fs';
import {
  formatProblem,
  lintTablePhrases,
  locateProblems,
  tableRows,
  tableSkeleton,
  translatableStrings,
  translatorNote,
} from '@doorway/scenarios';
import { describe, expect, it } from 'vitest';
import { COMPLETE_IN_SPANISH, loadSpanish } from './spanish-choices';

// Issue 14: the Spanish tables of the headline scenarios are complete, current and free of the phrases the
// Spanish lint warns about. That their decisions stay honest in Spanish (length, position and tone) is checked
// with the English rules in honest-decisions.test.ts. Add a scenario to COMPLETE_IN_SPANISH when its table is.
describe.each(COMPLETE_IN_SPANISH)('Spanish table: %s', (id) => {
  it('translates every text from its current English, with nothing left over', () => {
    const { s, loaded } = loadSpanish(id);
    expect([loaded.table.scenario, loaded.table.lang]).toEqual([id, 'es']);
    const { rows, extra } = tableRows(translatableStrings(s.loaded.scenario), loaded.table);
    expect(rows.filter((r) => r.status !== 'current').map((r) => `${r.status}: ${r.string.id}`)).toEqual([]);
    expect(extra.map(([extraId]) => extraId)).toEqual([]);
  });

  it('keeps every {{placeholder}} of the English', () => {
    const { s, loaded } = loadSpanish(id);
    const lost = translatableStrings(s.loaded.scenario).filter((str) => {
      const want = (str.text.match(/\{\{\s*\w+\s*\}\}/g) ?? []).sort();
      const got = (loaded.table.strings[str.id]?.text.match(/\{\{\s*\w+\s*\}\}/g) ?? []).sort();
      return want.join() !== got.join();
    });
    expect(lost.map((str) => str.id)).toEqual([]);
  });

  it('has none of the phrases the Spanish lint warns about in a best or acceptable choice', () => {
    const { s, loaded } = loadSpanish(id);
    const problems = locateProblems(loaded.parsed, lintTablePhrases(s.loaded.scenario, loaded.table.strings));
    expect(problems.map((p) => formatProblem({ ...p, file: loaded.file }))).toEqual([]);
  });
});

// Regression: `doorway i18n skeleton` used to drop the translator's note at the top of a table (the
// "which language is which" note of through-an-interpreter). Refreshing a shipped table must give back the
// same file, byte for byte, so that running the tool after an English change loses nothing.
describe.each(COMPLETE_IN_SPANISH)('skeleton keeps the translator note: %s', (id) => {
  it('refreshing the table with `doorway i18n skeleton` reproduces the file', () => {
    const { s, loaded } = loadSpanish(id);
    const text = readFileSync(loaded.file, 'utf8');
    const strings = translatableStrings(s.loaded.scenario);
    expect(tableSkeleton(id, 'es', strings, loaded.table, translatorNote(text))).toBe(text);
  });
});
