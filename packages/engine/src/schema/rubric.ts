import { z } from 'zod';

export const CompetencySchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    code: z.string().min(1),
    name: z.string().min(1),
    definition: z.string().min(1),
    good: z.array(z.string().min(1)).min(1),
    harmful: z.array(z.string().min(1)).min(1),
    sources: z.array(z.string().min(1)).default([]),
  })
  .strict();
export type Competency = z.infer<typeof CompetencySchema>;

/** The shared competency rubric every scenario scores against. */
export const RubricSchema = z.object({ competencies: z.array(CompetencySchema).min(1) }).strict();
export type Rubric = z.infer<typeof RubricSchema>;
