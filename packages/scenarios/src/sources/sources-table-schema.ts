import { z } from 'zod';
import { StringEntrySchema, TableLangSchema } from '../i18n/string-table-schema';

/**
 * A translation of the Sources page (`content/sources.<lang>.yaml`; docs/i18n.md "The Sources page"):
 * per string id (`section.<slug>`, `guidance.<id>`) the hash of the English it was translated from and
 * the text, exactly as in a scenario string table.
 *
 * @example
 * SourcesTableSchema.parse({ lang: 'es', strings: { 'guidance.interp-3': { source: '5f0c1a2b', text: 'Nunca…' } } });
 */
export const SourcesTableSchema = z
  .object({
    lang: TableLangSchema,
    // Ids are checked by the loader (`sourceStringId`), which can say what a wrong one should be.
    strings: z.record(z.string(), StringEntrySchema),
  })
  .strict();
export type SourcesTable = z.infer<typeof SourcesTableSchema>;

/** The form of an id in a sources table: `section.<slug>` or `guidance.<guidance id>`. */
export const sourceStringId = /^(section|guidance)\.[a-z0-9-]+$/;
