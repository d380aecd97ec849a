import { readFileSync } from 'node:fs';
import {
  compileScenario,
  type Scenario,
  TEST_WISE_LIMITS,
  TEST_WISE_STRATEGIES,
  testWise,
} from '@doorway/engine';
import {
  formatProblem,
  lintTablePhrases,
  locateProblems,
  readStringTable,
  stringTableFile,
  tableRows,
  tableSkeleton,
  translatableStrings,
  translatorNote,
} from '@doorway/scenarios';
import { describe, expect, it } from 'vitest';
import { scenario } from './shipped-content';

// Issue 14: the Spanish tables of the headline scenarios are complete, current, free of the phrases the
// Spanish lint warns about, and as honest as the English: the best option must not be spottable by length
// in Spanish either. Add a scenario here when its table is complete.
const COMPLETE_IN_SPANISH = ['first-contact', 'through-an-interpreter', 'going-back'] as const;

function load(id: string) {
  const s = scenario(id);
  if (!s) throw new Error(`${id} does not load: run \`pnpm doorway lint\``);
  const file = stringTableFile(s.loaded.file, id, 'es');
  const table = readStringTable(file);
  if (!table.ok) throw new Error(table.error.map((p) => formatProblem(p)).join('\n'));
  if (!table.value) throw new Error(`${file} does not exist`);
  return { s, loaded: table.value };
}

// The scenario with every choice's words replaced by its Spanish, for the length measures of testWise.
function withSpanishChoices(scenario: Scenario, strings: Record<string, { text: string }>): Scenario {
  const beats = (record: Scenario['phases'][string]['beats'], out: typeof record = {}) => {
    for (const [beatId, beat] of Object.entries(record)) {
      out[beatId] = {
        ...beat,
        choices: beat.choices.map((c) => ({
          ...c,
          text: strings[`beat.${beatId}.choice.${c.id}.text`]?.text ?? c.text,
        })),
      };
    }
    return out;
  };
  const phases: Scenario['phases'] = {};
  for (const [id, phase] of Object.entries(scenario.phases)) {
    const interruptions = Object.fromEntries(
      Object.entries(phase.interruptions ?? {}).map(([i, int]) => [i, { ...int, beats: beats(int.beats) }]),
    );
    phases[id] = { ...phase, beats: beats(phase.beats), ...(phase.interruptions ? { interruptions } : {}) };
  }
  return { ...scenario, phases };
}

describe.each(COMPLETE_IN_SPANISH)('Spanish table: %s', (id) => {
  it('translates every text from its current English, with nothing left over', () => {
    const { s, loaded } = load(id);
    expect([loaded.table.scenario, loaded.table.lang]).toEqual([id, 'es']);
    const { rows, extra } = tableRows(translatableStrings(s.loaded.scenario), loaded.table);
    expect(rows.filter((r) => r.status !== 'current').map((r) => `${r.status}: ${r.string.id}`)).toEqual([]);
    expect(extra.map(([extraId]) => extraId)).toEqual([]);
  });

  it('keeps every {{placeholder}} of the English', () => {
    const { s, loaded } = load(id);
    const lost = translatableStrings(s.loaded.scenario).filter((str) => {
      const want = (str.text.match(/\{\{\s*\w+\s*\}\}/g) ?? []).sort();
      const got = (loaded.table.strings[str.id]?.text.match(/\{\{\s*\w+\s*\}\}/g) ?? []).sort();
      return want.join() !== got.join();
    });
    expect(lost.map((str) => str.id)).toEqual([]);
  });

  it('has none of the phrases the Spanish lint warns about in a best or acceptable choice', () => {
    const { s, loaded } = load(id);
    const problems = locateProblems(loaded.parsed, lintTablePhrases(s.loaded.scenario, loaded.table.strings));
    expect(problems.map((p) => formatProblem({ ...p, file: loaded.file }))).toEqual([]);
  });

  it('keeps the decisions honest in Spanish: the best option is not the longest at most decisions', () => {
    const { s, loaded } = load(id);
    const spanish = compileScenario(
      withSpanishChoices(s.loaded.scenario, loaded.table.strings),
      s.entry.compiled.rubric,
    );
    const f = testWise(spanish);
    // The reassuring-words strategy counts English words; the length strategies are what a translation can break.
    const byLength = f.strategies.filter((r) => r.strategy === 'longest' || r.strategy === 'shortest');
    expect(TEST_WISE_STRATEGIES).toContain('longest');
    expect(byLength.filter((r) => r.passed && r.outcome !== 'negative').map((r) => r.strategy)).toEqual([]);
    const longest = f.best.filter((b) => b.longest).map((b) => b.beatId);
    expect(
      f.bestLongestShare,
      `best is the longest in Spanish at: ${longest.join(', ')}`,
    ).toBeLessThanOrEqual(TEST_WISE_LIMITS.bestLongestShare);
    expect(f.bestWordsMedian).toBeLessThan(TEST_WISE_LIMITS.bestWordsMedianBelow);
    expect(f.best.filter((b) => b.words > TEST_WISE_LIMITS.bestWordsMax).map((b) => b.choiceId)).toEqual([]);
  });
});

// Regression: `doorway i18n skeleton` used to drop the translator's note at the top of a table (the
// "which language is which" note of through-an-interpreter). Refreshing a shipped table must give back the
// same file, byte for byte, so that running the tool after an English change loses nothing.
describe.each(COMPLETE_IN_SPANISH)('skeleton keeps the translator note: %s', (id) => {
  it('refreshing the table with `doorway i18n skeleton` reproduces the file', () => {
    const { s, loaded } = load(id);
    const text = readFileSync(loaded.file, 'utf8');
    const strings = translatableStrings(s.loaded.scenario);
    expect(tableSkeleton(id, 'es', strings, loaded.table, translatorNote(text))).toBe(text);
  });
});
