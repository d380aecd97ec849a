import { z } from 'zod';

// Request bodies of the authoring routes: validated at the edge and documented in the OpenAPI table.

/** The largest scenario text accepted (the biggest bundled scenario is under 70 KB). */
export const MAX_SCENARIO_BYTES = 400 * 1024;
const Yaml = z.string().max(MAX_SCENARIO_BYTES, 'a scenario file must be under 400 KB');

export const CreateDraftBody = z
  .union([
    z
      .object({
        from: z.literal('template'),
        id: z
          .string()
          .regex(/^[a-z][a-z0-9-]*$/)
          .max(80)
          .optional(),
      })
      .strict(),
    z.object({ from: z.literal('scenario'), scenarioId: z.string().min(1).max(100) }).strict(),
    z.object({ from: z.literal('yaml'), yaml: Yaml, fileName: z.string().max(200).optional() }).strict(),
  ])
  .meta({
    id: 'CreateDraftBody',
    description:
      'Start from the commented template (optionally with a scenario id), from a served scenario, or from an uploaded YAML text.',
  });

export const SaveDraftBody = z
  .object({
    yaml: Yaml,
    baseRevision: z.number().int().min(1).describe('The revision this text was edited from.'),
  })
  .strict()
  .meta({ id: 'SaveDraftBody' });

export const PublishDraftBody = z
  .object({
    revision: z.number().int().min(1).describe('The saved revision to publish (the one you checked).'),
  })
  .strict()
  .meta({ id: 'PublishDraftBody' });

export const LintBody = z.object({ yaml: Yaml }).strict().meta({ id: 'LintBody' });

export const PreviewBody = z
  .object({
    yaml: Yaml.describe('The text to preview (it need not be saved).'),
    fromBeat: z.string().min(1).max(100).optional(),
    meters: z.record(z.string().max(100), z.number().finite()).optional(),
    flags: z.record(z.string().max(100), z.boolean()).optional(),
  })
  .strict()
  .meta({ id: 'PreviewBody' });
