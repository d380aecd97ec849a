import type { Beat, Problem, Scenario } from '@doorway/engine';
import { SPANISH_PHRASES, type TablePhraseRule } from './spanish-phrases';

/** The part of a string table this lint reads: the translated text per string id. */
export type TableTexts = Readonly<Record<string, { readonly text: string }>>;

/**
 * Language lint over a string table's translations of the trainee's words (`beat.<beat>.choice.<choice>.text`),
 * scored by the English choice's verdict as `lintPhrases` does for English: a listed phrase in a choice scored
 * `best` is an error, in an `acceptable` one a warning, in a `harmful` one expected. Problems point at
 * `strings.<id>.text`, so `locateProblems` on the table's parsed YAML gives each its line. Pure: no files.
 *
 * @example
 * lintTablePhrases(scenario, table.strings)
 * // [{ rule: 'phrase-lint', severity: 'error', path: ['strings', 'beat.intro.choice.name-role-control.text', 'text'], ... }]
 */
export function lintTablePhrases(
  scenario: Scenario,
  strings: TableTexts,
  phrases: readonly TablePhraseRule[] = SPANISH_PHRASES,
): Problem[] {
  const rules = phrases.map(compileRule);
  const problems: Problem[] = [];
  for (const [beatId, beat] of allBeats(scenario)) {
    for (const choice of beat.choices) {
      if (choice.verdict === 'harmful') continue;
      const id = `beat.${beatId}.choice.${choice.id}.text`;
      const entry = Object.hasOwn(strings, id) ? strings[id] : undefined;
      if (entry === undefined || entry.text === '') continue;
      const text = fold(entry.text);
      const hit = rules.find((r) => r.test(text));
      if (!hit) continue;
      problems.push({
        severity: choice.verdict === 'best' ? 'error' : 'warning',
        rule: 'phrase-lint',
        path: ['strings', id, 'text'],
        message: `"${hit.rule.phrase}" in the translation of a choice scored ${choice.verdict}: ${hit.rule.why}`,
        fix: `reword it (${hit.rule.instead}); the English choice is ${choice.verdict}, so its translation must not undo that`,
      });
    }
  }
  return problems;
}

/** Lower case, no accents (so "victima" matches "víctima"), straight apostrophes, single spaces. */
function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/\s+/g, ' ');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function compileRule(rule: TablePhraseRule): { rule: TablePhraseRule; test: (text: string) => boolean } {
  const phrase = new RegExp(`(?<![\\p{L}\\p{N}'])${escapeRegExp(fold(rule.phrase))}(?![\\p{L}\\p{N}])`, 'gu');
  const before = (rule.notAfter ?? []).map((word) => {
    const w = escapeRegExp(fold(word));
    return new RegExp(/^\p{L}/u.test(word) ? `(?:^|[^\\p{L}\\p{N}])${w}\\s*$` : `${w}\\s*$`, 'u');
  });
  return {
    rule,
    test: (text) =>
      [...text.matchAll(phrase)].some((m) => !before.some((re) => re.test(text.slice(0, m.index)))),
  };
}

function* allBeats(scenario: Scenario): Generator<[string, Beat]> {
  for (const phase of Object.values(scenario.phases)) {
    yield* Object.entries(phase.beats);
    for (const interruption of Object.values(phase.interruptions ?? {}))
      yield* Object.entries(interruption.beats);
  }
}
