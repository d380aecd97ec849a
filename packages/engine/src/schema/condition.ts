import { z } from 'zod';

/** A meter test: `{ meter: trust, atLeast: 40 }`, `{ meter: distress, below: 70 }`, or both (a band). */
export const MeterConditionSchema = z
  .object({
    meter: z.string().min(1),
    atLeast: z.number().optional(),
    below: z.number().optional(),
  })
  .strict()
  .refine((c) => c.atLeast !== undefined || c.below !== undefined, {
    message:
      'a meter condition needs `atLeast`, `below` or both (for example `{ meter: trust, atLeast: 40 }`)',
  });

/**
 * A condition, as structured data (never code). Conditions guard lines, choices, next beats,
 * interruptions and affect states.
 *
 * @example
 * { all: [ { meter: trust, atLeast: 40 }, { flag: rosaInRoom, is: false } ] }
 */
export type Condition =
  | z.infer<typeof MeterConditionSchema>
  | { flag: string; is?: boolean | undefined }
  | { affect: string }
  | { chose: string }
  | { visited: string }
  | { decisions: { atLeast?: number | undefined; below?: number | undefined } }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    MeterConditionSchema,
    z.object({ flag: z.string().min(1), is: z.boolean().optional() }).strict(),
    z.object({ affect: z.string().min(1) }).strict(),
    z.object({ chose: z.string().min(1) }).strict(),
    z.object({ visited: z.string().min(1) }).strict(),
    z
      .object({
        decisions: z
          .object({ atLeast: z.number().int().optional(), below: z.number().int().optional() })
          .strict(),
      })
      .strict(),
    z.object({ all: z.array(ConditionSchema).min(1) }).strict(),
    z.object({ any: z.array(ConditionSchema).min(1) }).strict(),
    z.object({ not: ConditionSchema }).strict(),
  ]),
);
