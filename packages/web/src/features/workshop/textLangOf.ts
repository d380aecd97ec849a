/** The language of the text at a dot path of a room answer (`choices.0.text` → `'es'` or `'en'`). */
export type TextLang = (path: string) => string;

/**
 * The language of each scenario text of a room answer (a room view or a room debrief): the answer's
 * `lang`, except the paths it lists in `inEnglish` (no current translation yet), which are English. A
 * component puts the result in the text's `lang` attribute, so a screen reader reads a Spanish line in
 * Spanish and an untranslated one in English, whatever the interface language is.
 *
 * @example
 * const langOf = textLangOf({ lang: 'es', inEnglish: ['choices.1.text'] });
 * langOf('choices.0.text'); // 'es'
 * langOf('choices.1.text'); // 'en'
 */
export function textLangOf(answer: {
  lang?: string | undefined;
  inEnglish?: string[] | undefined;
}): TextLang {
  const lang = answer.lang ?? 'en';
  if (lang === 'en') return () => 'en';
  const english = new Set(answer.inEnglish ?? []);
  return (path) => (english.has(path) ? 'en' : lang);
}
