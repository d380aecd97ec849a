import { type TableRow, tableRows } from '../i18n/table-rows';
import { sectionId, sourceStrings } from './source-strings';
import type { Sources } from './sources-schema';
import type { SourcesTable } from './sources-table-schema';

/** A guidance item as a trainee reads it: `lang` is the language of `text`, `sectionLang` of `section`. */
export interface LocalizedGuidanceItem {
  id: string;
  document: string;
  section: string;
  sectionLang: string;
  text: string;
  lang: string;
}

/** The sources with guidance texts in one language where a current translation exists. */
export type LocalizedSources = Omit<Sources, 'guidance'> & {
  lang: string;
  guidance: LocalizedGuidanceItem[];
};

/**
 * Pairs every translatable text of the Sources page with its entry in a sources table: `current`,
 * `stale` (translated from other English) or `missing`, plus the entries whose id is gone.
 *
 * @example
 * sourcesTableRows(sources, table).rows.filter((r) => r.status !== 'current')
 */
export function sourcesTableRows(sources: Sources, table: SourcesTable | undefined) {
  return tableRows(sourceStrings(sources), table && { scenario: 'sources', ...table });
}

/**
 * The sources in `table.lang`: each guidance text and section heading whose translation is current
 * (its `source` is the hash of the English now); a missing or stale one stays English, marked `en`, so
 * nobody reads an old meaning. Without a table everything is English. Documents and references stay as
 * published.
 *
 * @example
 * localizeSources(sources, esTable).guidance[0] // { id: 'interp-1', text: 'Elija a alguien…', lang: 'es', … }
 */
export function localizeSources(sources: Sources, table: SourcesTable | undefined): LocalizedSources {
  const current = new Map<string, string>();
  if (table) {
    for (const row of sourcesTableRows(sources, table).rows as TableRow[])
      if (row.status === 'current' && row.entry) current.set(row.string.id, row.entry.text);
  }
  const lang = table?.lang ?? 'en';
  const pick = (id: string, english: string) => {
    const text = current.get(id);
    return text === undefined ? { text: english, lang: 'en' } : { text, lang };
  };
  return {
    lang,
    documents: sources.documents,
    references: sources.references,
    guidance: sources.guidance.map((item) => {
      const section = pick(sectionId(item.section), item.section);
      const text = pick(`guidance.${item.id}`, item.text);
      return {
        id: item.id,
        document: item.document,
        section: section.text,
        sectionLang: section.lang,
        text: text.text,
        lang: text.lang,
      };
    }),
  };
}
