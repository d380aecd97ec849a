import { z } from 'zod';
import { LocatedProblemSchema } from '../schemas/problems';

// Answers of the authoring routes: their declarations carry these, so the OpenAPI document, the web app's
// types (z.infer through the typed client) and the tests that parse real answers read one shape.

export const DraftSchema = z
  .strictObject({
    id: z.string(),
    scenarioId: z.string(),
    title: z.string(),
    yaml: z.string(),
    revision: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
    updatedBy: z.string().nullable(),
  })
  .meta({ id: 'Draft' });
/** A draft as the API answers it. */
export type DraftView = z.infer<typeof DraftSchema>;
/** A draft without its text, for lists. */
export const DraftSummarySchema = DraftSchema.omit({ yaml: true }).meta({ id: 'DraftSummary' });

export const DraftResponse = z.strictObject({ draft: DraftSchema });
export const DraftsResponse = z.strictObject({ drafts: z.array(DraftSummarySchema) });
export const RevisionsResponse = z.strictObject({
  revisions: z.array(
    z.strictObject({
      revision: z.number().int(),
      savedAt: z.string(),
      savedBy: z.strictObject({ id: z.string(), name: z.string() }).nullable(),
    }),
  ),
});

const LintResult = {
  problems: z.array(LocatedProblemSchema),
  errors: z.number().int(),
  warnings: z.number().int(),
  // The engine's analysis (reachability, endings, score bounds), or null when the text does not load.
  analysis: z.record(z.string(), z.unknown()).nullable(),
};
export const LintResponse = z.strictObject(LintResult);
export const DraftLintResponse = z.strictObject({ revision: z.number().int(), ...LintResult });

export const PublicationSchema = z
  .strictObject({
    scenarioId: z.string(),
    version: z.string(),
    contentHash: z.string(),
    draftId: z.string().nullable(),
    draftRevision: z.number().int().nullable(),
    publishedAt: z.string(),
    publishedBy: z.strictObject({ id: z.string(), name: z.string() }).nullable(),
  })
  .meta({ id: 'Publication' });
/** One line of the publish log. */
export type PublicationView = z.infer<typeof PublicationSchema>;
export const PublicationResponse = z.strictObject({ publication: PublicationSchema });
export const PublicationsResponse = z.strictObject({ publications: z.array(PublicationSchema) });
