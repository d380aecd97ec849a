import { z } from 'zod';

// Request bodies of the course routes: validated at the edge and documented in the OpenAPI table.

const DueAt = z.iso.datetime().optional();

export const PassRuleSchema = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('score'), minScore: z.number().int().min(0).max(100) }).strict(),
    z.object({ type: z.literal('completion') }).strict(),
  ])
  .meta({ id: 'PassRule' });

export const CourseStepInput = z
  .discriminatedUnion('kind', [
    z
      .object({
        kind: z.literal('scenario'),
        scenarioId: z.string().min(1).max(100),
        mode: z.enum(['practice', 'assessment']),
        passRule: PassRuleSchema.optional(),
        dueAt: DueAt,
      })
      .strict(),
    z
      .object({ kind: z.literal('workshop'), title: z.string().trim().min(1).max(200), dueAt: DueAt })
      .strict(),
  ])
  .meta({ id: 'CourseStepInput' });

export const CreateCourseBody = z
  .object({
    title: z.string().trim().min(1).max(200),
    description: z.string().max(2000).default(''),
    attemptPolicy: z.enum(['best', 'last']).default('best'),
    steps: z.array(CourseStepInput).min(1).max(50),
  })
  .strict();
export type CreateCourseInput = z.infer<typeof CreateCourseBody>;
