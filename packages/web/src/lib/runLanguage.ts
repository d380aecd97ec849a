import type { Language } from '../i18n/i18n';
import type { ScenarioSummary } from './types';

/** The language a new run will be in, and how much of the scenario that language covers. */
export type RunLanguage =
  | { lang: Language; status: 'complete' }
  | { lang: Language; status: 'partial'; translated: number; texts: number }
  /** The scenario has no table for the wanted language: the run plays in English. */
  | { lang: 'en'; status: 'unavailable'; wanted: Language };

/**
 * The language to start a run in: the interface language when the scenario lists it (complete or
 * partial: the missing texts show in English), else English. A run then keeps that language.
 *
 * @example
 * runLanguageFor(scenario.languages, 'es'); // { lang: 'es', status: 'partial', translated: 300, texts: 309 }
 */
export function runLanguageFor(languages: ScenarioSummary['languages'], wanted: Language): RunLanguage {
  if (wanted === 'en') return { lang: 'en', status: 'complete' };
  const found = languages?.find((l) => l.lang === wanted);
  if (!found) return { lang: 'en', status: 'unavailable', wanted };
  if (found.complete) return { lang: wanted, status: 'complete' };
  return { lang: wanted, status: 'partial', translated: found.translated, texts: found.texts };
}
