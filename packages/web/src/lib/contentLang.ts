import { isLanguage, type Language } from '../i18n/i18n';

/**
 * A run's language as one the app knows (`run.lang` is left out for English runs).
 *
 * @example
 * runLang(run.lang); // 'es'
 */
export function runLang(lang: string | undefined): Language {
  return isLanguage(lang) ? lang : 'en';
}

/** What an API answer with scenario content says about its language (runs, debriefs, the catalog). */
export interface LocalisedAnswer {
  /** The language of the content (left out for English). */
  lang?: string | undefined;
  /** Dot paths from the answer's root of texts shown in English (no current translation yet). */
  inEnglish?: string[] | undefined;
}

/** The language of the text at a dot path of an answer (`view.choices.0.text` → `'es'` or `'en'`). */
export type LangAt = (path: string) => string;

/** Every text in English: content played in the browser (LMS) or an answer that predates languages. */
export const allEnglish: LangAt = () => 'en';

/**
 * The language of each text of an answer: the answer's `lang`, except the paths it lists in
 * `inEnglish`, which are English. A component puts the result in the text's `lang` attribute, so a
 * screen reader pronounces a Spanish line in Spanish and an untranslated one in English whatever the
 * interface language is.
 *
 * @example
 * const at = langAt({ lang: 'es', inEnglish: ['view.choices.1.text'] });
 * at('view.choices.0.text'); // 'es'
 * at('view.choices.1.text'); // 'en'
 */
export function langAt(answer: LocalisedAnswer | undefined): LangAt {
  const lang = answer?.lang ?? 'en';
  if (lang === 'en') return allEnglish;
  const english = new Set(answer?.inEnglish ?? []);
  return (path) => (english.has(path) ? 'en' : lang);
}

/**
 * Moves the `inEnglish` paths of a view (`view.lines.2.text`) to where its lines sit in a transcript
 * (`transcript.14.text`), for a cache entry that appends a view's lines to the transcript.
 *
 * @example
 * linesToTranscript(['view.lines.0.text', 'view.choices.1.text'], 12); // ['transcript.12.text']
 */
export function linesToTranscript(inEnglish: readonly string[] | undefined, offset: number): string[] {
  const out: string[] = [];
  for (const path of inEnglish ?? []) {
    const m = /^view\.lines\.(\d+)\.(.+)$/.exec(path);
    if (m) out.push(`transcript.${offset + Number(m[1])}.${m[2]}`);
  }
  return out;
}
