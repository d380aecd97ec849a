import { z } from 'zod';
import { VerdictSchema } from '../schema/scenario';

/**
 * Feedback on one decision (coach mode shows it after each choice). `best` is an alternative that was
 * on offer when the choice was made, named only when the trainee chose something else.
 *
 * @example
 * FeedbackSchema.parse(feedbackFor(compiled, 'arrival', 'ask-directly', state)).verdict; // 'harmful'
 */
export const FeedbackSchema = z
  .object({
    beatId: z.string(),
    choiceId: z.string(),
    verdict: VerdictSchema,
    critical: z.boolean(),
    text: z.string(),
    sources: z.array(z.string()),
    best: z.object({ choiceId: z.string(), text: z.string() }).optional(),
  })
  .meta({ id: 'Feedback', description: 'Feedback on one decision (coach mode).' });
export type Feedback = z.infer<typeof FeedbackSchema>;
