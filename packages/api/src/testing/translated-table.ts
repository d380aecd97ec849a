import type { Scenario } from '@doorway/engine';
import { type StringTable, translatableStrings } from '@doorway/scenarios';

/**
 * A string table for tests whose entries are all current: each translatable text of `scenario` for which
 * `translate` gives a text, keyed by its id with the English's hash; the others are left out (shown in English).
 *
 * @example
 * translatedTable(fixtureScenario, 'es', (s) => ({ 'meta.title': 'Una conversación breve' })[s.id]);
 */
export function translatedTable(
  scenario: Scenario,
  lang: string,
  translate: (s: { id: string; text: string }) => string | undefined,
): StringTable {
  const strings: StringTable['strings'] = {};
  for (const s of translatableStrings(scenario)) {
    const text = translate(s);
    if (text !== undefined) strings[s.id] = { source: s.source, text };
  }
  return { scenario: scenario.id, lang, strings };
}
