import { z } from 'zod';
import { OutcomeSchema } from '../schema/scenario';

/** A resolved line as the trainee sees it (variants already picked, conditions already tested). */
export const ViewLineSchema = z
  .object({
    kind: z.enum(['speech', 'cue', 'narration', 'trainee', 'time-skip']),
    speaker: z.object({ id: z.string(), name: z.string(), role: z.string() }).optional(),
    text: z.string(),
  })
  .meta({ id: 'ViewLine', description: 'A resolved line as the trainee sees it.' });
export type ViewLine = z.infer<typeof ViewLineSchema>;

export const ViewChoiceSchema = z
  .object({ id: z.string(), text: z.string(), action: z.boolean() })
  .meta({ id: 'ViewChoice' });
export type ViewChoice = z.infer<typeof ViewChoiceSchema>;

/**
 * What the trainee sees now: the API sends it as is and the web renders it.
 *
 * @example
 * ViewSchema.parse(viewOf(compiled, state)).choices.length; // 3
 */
export const ViewSchema = z
  .object({
    scenarioId: z.string(),
    beat: z.object({
      id: z.string(),
      title: z.string().optional(),
      phase: z.string(),
      phaseTitle: z.string(),
      contentNote: z.string().optional(),
    }),
    /** Lines shown on arrival at the current beat (after the reactions to the last choice). */
    lines: z.array(ViewLineSchema),
    choices: z.array(ViewChoiceSchema),
    decisions: z.number().int(),
    ended: z.boolean(),
    ending: z.object({ id: z.string(), title: z.string(), outcome: OutcomeSchema }).optional(),
    /** The survivor's affect in words (for the coach panel), when the scenario declares one. */
    affect: z.object({ id: z.string(), describe: z.string() }).optional(),
    session: z.object({ id: z.string(), title: z.string() }).optional(),
  })
  .meta({ id: 'View', description: "The engine's view: what the trainee sees now." });
export type View = z.infer<typeof ViewSchema>;
