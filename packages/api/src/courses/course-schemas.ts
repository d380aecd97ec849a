import { z } from 'zod';
import { LangSchema } from '../schemas/runs';
import { ID_PATTERN } from './path-ids';

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

const StepId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/)
  .optional();

/** A step of an edited course: `id` names an existing step (kept, with its pinned version); none adds a step. */
export const EditStepInput = z
  .discriminatedUnion('kind', [
    z
      .object({
        id: StepId,
        kind: z.literal('scenario'),
        scenarioId: z.string().min(1).max(100),
        mode: z.enum(['practice', 'assessment']),
        passRule: PassRuleSchema.optional(),
        dueAt: DueAt,
      })
      .strict(),
    z
      .object({
        id: StepId,
        kind: z.literal('workshop'),
        title: z.string().trim().min(1).max(200),
        dueAt: DueAt,
      })
      .strict(),
  ])
  .meta({ id: 'EditStepInput' });

/** `PATCH /api/orgs/:orgId/courses/:courseId`: what to change; `steps` (when given) is the whole new order. */
export const EditCourseBody = z
  .object({
    title: z.string().trim().min(1).max(200).optional(),
    description: z.string().max(2000).optional(),
    attemptPolicy: z.enum(['best', 'last']).optional(),
    steps: z.array(EditStepInput).min(1).max(50).optional(),
  })
  .strict()
  .refine((b) => Object.keys(b).length > 0, {
    message: 'Send at least one of title, description, attemptPolicy, steps.',
  })
  .meta({ id: 'EditCourseBody' });
export type EditCourseInput = z.infer<typeof EditCourseBody>;

/** POST /api/orgs/{orgId}/cohorts. */
export const CreateCohortBody = z
  .object({ name: z.string().trim().min(1).max(200), courseId: z.string().regex(ID_PATTERN) })
  .strict();
/** POST /api/orgs/{orgId}/cohorts/{cohortId}/enrolments. */
export const EnrolBody = z
  .object({ userIds: z.array(z.string().regex(ID_PATTERN)).min(1).max(500) })
  .strict();

/** POST .../steps/{stepId}/marks and POST .../courses/{courseId}/move-version. */
export const MarksBody = z
  .object({ userIds: z.array(z.string().regex(ID_PATTERN)).min(1).max(500) })
  .strict()
  .meta({ id: 'StepMarksBody' });
export const MoveVersionBody = z
  .object({ stepIds: z.array(z.string().regex(ID_PATTERN)).min(1).max(50).optional() })
  .strict()
  .meta({ id: 'MoveVersionBody' });

/**
 * POST /api/me/courses/{courseId}/steps/{stepId}/runs, optional: the language to play the step in. As for
 * POST /api/runs, the pinned scenario must have a string table for it; the scores do not depend on it.
 */
export const StartStepRunBody = z
  .object({
    lang: LangSchema.optional().describe(
      'The language to show the run in (default en); untranslated texts are shown in English.',
    ),
  })
  .strict()
  .meta({ id: 'StartStepRunBody' });
