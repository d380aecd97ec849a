import {
  DebriefReportSchema,
  VerdictSchema,
  ViewChoiceSchema,
  ViewLineSchema,
  ViewSchema,
} from '@doorway/engine';
import { z } from 'zod';
import { RoomPhaseSchema } from './room-phase';

/** What a room answer says about the language of its texts (issue 14). */
const RoomLanguageFields = {
  lang: z
    .string()
    .describe(
      "The language of the scenario texts in this answer: the room's for the presenter and the debrief, the phone's own for a participant.",
    ),
  inEnglish: z
    .array(z.string())
    .optional()
    .describe(
      'Dot paths from the root of this object (`lines.2.text`, `choices.0.text`) of texts shown in English because their translation is missing or stale.',
    ),
};

/** How many votes one option got, shown only once revealed. */
const SpreadSchema = z.array(z.object({ choiceId: z.string(), text: z.string(), count: z.number().int() }));

/**
 * What every screen of a room shows: the presenter, the facilitator's controls and (with `you`) each
 * phone. Who voted what never leaves the server: only counts do.
 */
export const RoomViewSchema = z
  .object({
    id: z.string(),
    code: z.string(),
    scenario: z.object({ id: z.string(), title: z.string() }),
    phase: RoomPhaseSchema,
    round: z.number().int(),
    /** Bumped on every change; the SSE event id. */
    version: z.number().int(),
    participants: z.number().int(),
    beat: ViewSchema.shape.beat,
    lines: z.array(ViewLineSchema),
    choices: z.array(ViewChoiceSchema),
    decisions: z.number().int(),
    ended: z.boolean(),
    ending: ViewSchema.shape.ending,
    votes: z.object({
      cast: z.number().int(),
      spread: SpreadSchema.optional().describe('Only once revealed, and only with at least three votes.'),
      hidden: z.literal('too-few').optional(),
    }),
    feedback: z
      .array(
        z.object({ choiceId: z.string(), text: z.string(), verdict: VerdictSchema, feedback: z.string() }),
      )
      .optional()
      .describe('Shown when the facilitator opens it after the reveal, to guide the discussion.'),
    canSkip: z.boolean().describe('The beat carries a content note, so the facilitator may skip it.'),
    ...RoomLanguageFields,
    languages: z
      .array(z.string())
      .describe(
        'The languages a phone can choose for this room: en and each one the scenario has a table for.',
      ),
    you: z
      .object({ nickname: z.string(), vote: z.string().optional() })
      .optional()
      .describe('For a participant: their nickname and current vote in this round.'),
  })
  .meta({ id: 'RoomView' });
export type RoomView = z.infer<typeof RoomViewSchema>;
/** A room view before its language is stated (what `roomView` builds from the engine's output). */
export type RoomViewContent = Omit<RoomView, 'lang' | 'inEnglish' | 'languages'>;

/** One of a facilitator's rooms, as listed on the workshop page. */
export const RoomSummarySchema = z
  .object({
    id: z.string(),
    code: z.string(),
    scenarioId: z.string(),
    phase: RoomPhaseSchema,
    lang: z.string().describe("The language of the room's presenter view."),
    createdAt: z.string(),
  })
  .meta({ id: 'RoomSummary' });

/** The room's path, the spread at each decision, the best alternatives and the competency results. */
export const RoomDebriefSchema = z
  .object({
    room: z.object({
      id: z.string(),
      code: z.string(),
      scenario: z.object({ id: z.string(), title: z.string() }),
    }),
    ended: z.boolean(),
    ending: DebriefReportSchema.shape.ending,
    overall: z.number(),
    competencies: z.array(z.object({ id: z.string(), name: z.string(), score: z.number() })),
    decisions: z.array(
      z.object({
        index: z.number().int(),
        beatId: z.string(),
        beatTitle: z.string().optional(),
        prompt: z.string().optional(),
        chosen: z.object({ id: z.string(), text: z.string() }),
        verdict: VerdictSchema,
        feedback: z.string(),
        /** The facilitator skipped the beat (content note): the room did not decide it. */
        skipped: z.boolean(),
        rounds: z.number().int(),
        votes: z.number().int(),
        spread: SpreadSchema.describe('The last round of votes.'),
        best: z.object({ id: z.string(), text: z.string(), feedback: z.string() }).optional(),
        sources: z.array(z.string()),
      }),
    ),
    ...RoomLanguageFields,
  })
  .meta({ id: 'RoomDebrief' });
export type RoomDebrief = z.infer<typeof RoomDebriefSchema>;
/** A room debrief before its language is stated (what `roomDebrief` builds from the engine's report). */
export type RoomDebriefContent = Omit<RoomDebrief, 'lang' | 'inEnglish'>;
