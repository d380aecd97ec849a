import { z } from 'zod';

/** A guidance item from one of the seed documents: what scenarios teach, and what coverage measures. */
export const GuidanceItemSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    document: z.string().min(1),
    section: z.string().min(1),
    text: z.string().min(1),
  })
  .strict();
export type GuidanceItem = z.infer<typeof GuidanceItemSchema>;

/** A published source, by the key scenarios cite (for example `OVC-INT`), with its full citation. */
export const ReferenceSchema = z.object({ key: z.string().min(1), citation: z.string().min(1) }).strict();
export type Reference = z.infer<typeof ReferenceSchema>;

export const SourceDocumentSchema = z
  .object({ id: z.string().min(1), title: z.string().min(1), publisher: z.string().min(1) })
  .strict();
export type SourceDocument = z.infer<typeof SourceDocumentSchema>;

/** The whole of `content/sources.yaml`. */
export const SourcesSchema = z
  .object({
    documents: z.array(SourceDocumentSchema).min(1),
    guidance: z.array(GuidanceItemSchema).min(1),
    references: z.array(ReferenceSchema).min(1),
  })
  .strict();
export type Sources = z.infer<typeof SourcesSchema>;
