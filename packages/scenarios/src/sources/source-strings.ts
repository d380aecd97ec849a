import { sourceHash } from '../i18n/source-hash';
import type { TranslatableString } from '../i18n/translatable-strings';
import type { Sources } from './sources-schema';

/**
 * The id of a guidance section heading in a sources table: `section.` and the English heading in
 * lower case with every run of other characters as one `-`.
 *
 * @example
 * sectionId("The advocate's role") // 'section.the-advocate-s-role'
 */
export function sectionId(section: string): string {
  return `section.${section
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;
}

/**
 * Every English text of the Sources page that a sources table translates, in file order: each guidance
 * section heading once (`section.<slug>`) and each guidance item (`guidance.<id>`). Document titles,
 * publishers and reference citations are bibliographic and stay in their original language.
 *
 * @example
 * sourceStrings(sources).find((s) => s.id === 'guidance.interp-3')?.text // 'Never ask another victim to interpret.'
 */
export function sourceStrings(sources: Sources): TranslatableString[] {
  const out: TranslatableString[] = [];
  const sections = new Set<string>();
  sources.guidance.forEach((item, i) => {
    const id = sectionId(item.section);
    if (sections.has(id)) return;
    sections.add(id);
    out.push({
      id,
      text: item.section,
      source: sourceHash(item.section),
      path: ['guidance', i, 'section'],
      note: 'heading of a group of guidance items (Sources page)',
    });
  });
  sources.guidance.forEach((item, i) => {
    out.push({
      id: `guidance.${item.id}`,
      text: item.text,
      source: sourceHash(item.text),
      path: ['guidance', i, 'text'],
      note: `guidance item ${item.id} (seed document ${item.document}, ${item.section}); feedback cites it`,
    });
  });
  return out;
}
