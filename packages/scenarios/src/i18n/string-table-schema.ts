import { z } from 'zod';

/**
 * A language tag for a string table: a two- or three-letter code, optionally with a region
 * (`es`, `es-MX`). English is the source language and has no table.
 */
export const TableLangSchema = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'a language code such as `es` or `es-MX`')
  .refine((lang) => lang !== 'en' && !lang.startsWith('en-'), {
    message: 'English is the source language: it has no string table',
  });

/**
 * One translated text: the hash of the English it was translated from (`sourceHash`) and the text.
 * An empty `text` means "not translated yet" (what `doorway i18n skeleton` writes): it counts as missing.
 */
export const StringEntrySchema = z
  .object({
    // A hash of digits alone (`41238185`) reads as a YAML number: take it back as the 8 digits it was.
    source: z.preprocess(
      (v) =>
        typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 1e8 ? String(v).padStart(8, '0') : v,
      z.string().regex(/^[0-9a-f]{8}$/, 'the first 8 hex digits of the sha-256 of the English text'),
    ),
    text: z.string(),
  })
  .strict();
export type StringEntry = z.infer<typeof StringEntrySchema>;

/**
 * A scenario string table (`<id>.<lang>.yaml` beside the scenario file; docs/i18n.md).
 *
 * @example
 * StringTableSchema.parse({ scenario: 'first-contact', lang: 'es',
 *   strings: { 'meta.title': { source: '3f2a9c1e', text: 'Primer contacto' } } });
 */
export const StringTableSchema = z
  .object({
    scenario: z.string().regex(/^[a-z][a-z0-9-]*$/, 'the id of the scenario this table translates'),
    lang: TableLangSchema,
    strings: z.record(
      z.string().regex(/^[A-Za-z0-9.-]+$/, 'a string id such as `beat.arrival.line.0`'),
      StringEntrySchema,
    ),
  })
  .strict();
export type StringTable = z.infer<typeof StringTableSchema>;
