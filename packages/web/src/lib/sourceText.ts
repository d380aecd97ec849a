import type { SourcesResponse } from './types';

/**
 * What a cited source says, by key: a guidance item's paraphrase or a reference's citation.
 *
 * @example
 * sourceTexts(sources).get('interp-3'); // 'Never ask another victim to interpret.'
 */
export function sourceTexts(sources: SourcesResponse | undefined): Map<string, string> {
  const texts = new Map<string, string>();
  if (!sources) return texts;
  for (const g of sources.guidance) texts.set(g.id, g.text);
  for (const r of sources.references) texts.set(r.key, r.citation);
  return texts;
}
