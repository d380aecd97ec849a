import { z } from 'zod';

/** How a run is played: coach (feedback each step, rewind), practice (feedback at end, rewind after end), assessment (no rewind). */
export const ModeSchema = z.enum(['coach', 'practice', 'assessment']).meta({ id: 'Mode' });
export type Mode = z.infer<typeof ModeSchema>;

/** Where a run stands: still going, reached an ending, or stopped early by the trainee. */
export const RunStatusSchema = z.enum(['active', 'ended', 'exited']).meta({ id: 'RunStatus' });
export type RunStatus = z.infer<typeof RunStatusSchema>;

/**
 * One entry of a run's append-only step log. The log is the only truth; everything else is derived.
 *
 * @example
 * StepSchema.parse({ kind: 'choice', beatId: 'arrival', choiceId: 'universal-policy' });
 */
export const StepSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('choice'), beatId: z.string(), choiceId: z.string() }),
    z.object({ kind: z.literal('rewind'), toDecision: z.number().int() }),
    z.object({ kind: z.literal('exit') }),
  ])
  .meta({ id: 'Step', description: 'One entry of the append-only step log.' });
export type Step = z.infer<typeof StepSchema>;
