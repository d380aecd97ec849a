import {
  DebriefReportSchema,
  FeedbackSchema,
  ModeSchema,
  RunStatusSchema,
  StepSchema,
  ViewLineSchema,
  ViewSchema,
} from '@doorway/engine';
import { z } from 'zod';

/** Run ids are base64url, 16 characters; anything else is a 404 before storage is asked. */
export const RunIdParams = z.object({ id: z.string().regex(/^[A-Za-z0-9_-]{16}$/) });

const ClientId = z.string().min(1).max(200);

/** The languages Doorway shows (the interface's); content needs a string table for any but English. */
export const LangSchema = z.enum(['en', 'es']).meta({
  id: 'Lang',
  description: 'A language Doorway shows: en (English, the source) or es (Spanish).',
});
export type Lang = z.infer<typeof LangSchema>;

export const CreateRunBody = z
  .object({
    scenarioId: z.string().min(1).max(200),
    mode: ModeSchema,
    lang: LangSchema.optional().describe(
      'The language to show the run in (default en). The scenario must list it under "languages" in the catalog; texts not yet translated are shown in English.',
    ),
  })
  .strict()
  .meta({ id: 'CreateRunBody' });

/**
 * What every response carrying scenario content adds: the run's language, and the dot paths (from the
 * response's root, e.g. `view.lines.2.text`) of texts shown in English because their translation is
 * missing or stale, so a client can mark them `lang="en"`.
 */
export const LocalisedFields = {
  lang: z
    .string()
    .optional()
    .describe('The language of the content, for a run not in English (English runs answer without it).'),
  inEnglish: z
    .array(z.string())
    .optional()
    .describe('Dot paths from the response root of texts shown in English (no current translation yet).'),
};

export const ChoiceBody = z
  .object({
    beatId: ClientId,
    choiceId: ClientId,
    requestId: z
      .string()
      .regex(/^[\x21-\x7e]{1,100}$/, 'use 1 to 100 visible ASCII characters, for example a UUID')
      .describe('A client-made unique id (a UUID): a retry returns the first answer.'),
  })
  .strict()
  .meta({ id: 'ChoiceBody' });

export const RewindBody = z
  .object({
    toDecision: z
      .number()
      .int()
      .min(0)
      .max(100_000)
      .describe(
        'How many decisions to keep: 0 goes back to the start, 2 undoes everything after the second.',
      ),
  })
  .strict()
  .meta({ id: 'RewindBody' });

export const RunInfoSchema = z
  .object({
    id: z.string(),
    scenarioId: z.string(),
    scenarioVersion: z.string(),
    mode: ModeSchema,
    status: RunStatusSchema,
    lang: z.string().optional().describe('The language the run was started in, when it is not English.'),
    createdAt: z.string(),
  })
  .meta({ id: 'RunInfo', description: 'The public face of a run (never its seed or token hash).' });
export type RunInfo = z.infer<typeof RunInfoSchema>;

export const CreateRunResponse = z
  .object({ run: RunInfoSchema, view: ViewSchema, runToken: z.string(), ...LocalisedFields })
  .meta({ id: 'CreateRunResponse' });

export const RunResponse = z
  .object({
    run: RunInfoSchema,
    view: ViewSchema,
    transcript: z.array(ViewLineSchema),
    feedback: FeedbackSchema.optional(),
    decisions: z.number().int(),
    ...LocalisedFields,
  })
  .meta({ id: 'RunResponse' });

/** The appended log entry: the engine step plus its position `seq` (1-based) in the run's log. */
export const LoggedStepSchema = z
  .intersection(z.object({ seq: z.number().int().min(1) }), StepSchema)
  .meta({ id: 'LoggedStep' });
export type LoggedStep = z.infer<typeof LoggedStepSchema>;

export const ChoiceResponse = z
  .object({
    view: ViewSchema,
    step: LoggedStepSchema,
    feedback: FeedbackSchema.optional(),
    ...LocalisedFields,
  })
  .meta({ id: 'ChoiceResponse' });

export const RewindResponse = z
  .object({ view: ViewSchema, step: LoggedStepSchema, ...LocalisedFields })
  .meta({ id: 'RewindResponse' });

export const ExitResponse = z
  .object({ run: RunInfoSchema, view: ViewSchema, step: LoggedStepSchema, ...LocalisedFields })
  .meta({ id: 'ExitResponse' });

/** The debrief in the run's language (the engine's report, its texts looked up in the string table). */
export const DebriefResponse = DebriefReportSchema.extend(LocalisedFields).meta({
  id: 'DebriefResponse',
  description: "The engine's debrief report in the run's language.",
});
