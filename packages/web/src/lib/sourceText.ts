import type { SourcesResponse } from './types';

/** What a cited source says and the language it says it in. */
export interface SourceText {
  text: string;
  lang: string;
}

/**
 * What a cited source says, by key: a guidance item's paraphrase (in the interface language where
 * translated) or a reference's citation (as published, in English).
 *
 * @example
 * sourceTexts(sources).get('interp-3'); // { text: 'Never ask another victim to interpret.', lang: 'en' }
 */
export function sourceTexts(sources: SourcesResponse | undefined): Map<string, SourceText> {
  const texts = new Map<string, SourceText>();
  if (!sources) return texts;
  for (const g of sources.guidance) texts.set(g.id, { text: g.text, lang: g.lang });
  for (const r of sources.references) texts.set(r.key, { text: r.citation, lang: 'en' });
  return texts;
}
