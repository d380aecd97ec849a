import { DebriefReportSchema, RunStatusSchema } from '@doorway/engine';
import { z } from 'zod';
import { CourseSchema } from './course-responses';
import { PassRuleSchema } from './course-schemas';

// Response shapes of the course progress routes, for the OpenAPI document and the web app's types. Strict
// objects: the route tests parse real answers with them, so a field added or renamed fails a test here.

const StepStatus = z.enum(['not_started', 'in_progress', 'completed', 'passed', 'failed']);
const Kind = z.enum(['scenario', 'workshop']);
const Mode = z.enum(['practice', 'assessment']).nullable();

export const AttemptSchema = z
  .strictObject({
    runId: z.string(),
    status: RunStatusSchema,
    startedAt: z.string(),
    finishedAt: z.string().nullable(),
    score: z.number().nullable(),
    criticalError: z.boolean(),
    passed: z.boolean().nullable(),
    counted: z.boolean(),
    scenarioVersion: z.string(),
  })
  .meta({ id: 'CourseAttempt' });

export const MyCourseSchema = z
  .strictObject({
    course: z.strictObject({
      id: z.string(),
      title: z.string(),
      description: z.string(),
      attemptRule: z.enum(['best', 'last']),
    }),
    cohort: z.strictObject({ id: z.string(), name: z.string() }),
    organisation: z.strictObject({ id: z.string(), name: z.string() }),
    started: z.boolean(),
    completed: z.boolean(),
    passed: z.boolean(),
    completedAt: z.string().nullable(),
    steps: z.array(
      z.strictObject({
        id: z.string(),
        position: z.number().int(),
        kind: Kind,
        title: z.string(),
        scenarioId: z.string().nullable(),
        scenarioTitle: z.string().nullable(),
        version: z.string().nullable(),
        mode: Mode,
        passRule: PassRuleSchema.nullable(),
        dueAt: z.string().nullable(),
        status: StepStatus,
        overdue: z.boolean(),
        next: z.boolean(),
        markedAt: z.string().nullable(),
        attempts: z.array(AttemptSchema.extend({ debriefPath: z.string().nullable() })),
      }),
    ),
  })
  .meta({ id: 'MyCourse' });
export const MyCoursesResponse = z.strictObject({ courses: z.array(MyCourseSchema) });

export const ProgressRowSchema = z
  .strictObject({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    started: z.boolean(),
    completed: z.boolean(),
    passed: z.boolean(),
    score: z.number().nullable(),
    competencies: z.record(z.string(), z.number()),
    criticalErrors: z.number().int(),
    timeSpentSeconds: z.number().int(),
    overdue: z.boolean(),
    steps: z.array(
      z.strictObject({
        stepId: z.string(),
        status: StepStatus,
        passed: z.boolean().nullable(),
        overdue: z.boolean(),
        attempts: z.number().int(),
        countedRunId: z.string().nullable(),
        score: z.number().nullable(),
        criticalErrors: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'ProgressRow' });

const CohortRef = z.strictObject({ id: z.string(), name: z.string(), courseId: z.string() });

export const CohortProgressResponse = z
  .strictObject({
    cohort: CohortRef,
    // The course as GET /api/orgs/{orgId}/courses/{courseId} answers it.
    course: CourseSchema,
    trainees: z.array(ProgressRowSchema),
    totals: z.strictObject({
      enrolled: z.number().int(),
      started: z.number().int(),
      completed: z.number().int(),
      passed: z.number().int(),
      overdue: z.number().int(),
      competencies: z.array(z.strictObject({ id: z.string(), name: z.string(), score: z.number() })),
    }),
  })
  .meta({ id: 'CohortProgress' });

export const TraineeAttemptsResponse = z
  .strictObject({
    cohort: CohortRef,
    course: z.strictObject({ id: z.string(), title: z.string(), attemptRule: z.enum(['best', 'last']) }),
    trainee: ProgressRowSchema,
    steps: z.array(
      z.strictObject({
        stepId: z.string(),
        position: z.number().int(),
        kind: Kind,
        title: z.string(),
        status: StepStatus,
        markedAt: z.string().nullable(),
        attempts: z.array(
          AttemptSchema.extend({
            timeSpentSeconds: z.number().int(),
            competencies: z.array(z.strictObject({ id: z.string(), name: z.string(), score: z.number() })),
            debrief: DebriefReportSchema.nullable(),
          }),
        ),
      }),
    ),
  })
  .meta({ id: 'TraineeAttempts' });

const Count = z.number().int().nullable();
export const HeatmapResponse = z
  .strictObject({
    step: z.strictObject({
      id: z.string(),
      title: z.string(),
      scenarioId: z.string(),
      version: z.string().nullable(),
    }),
    shown: z.boolean(),
    reason: z.string().optional(),
    trainees: z.number().int(),
    decisions: z.array(
      z.strictObject({
        beatId: z.string(),
        label: z.string(),
        reached: z.number().int(),
        hidden: z.boolean(),
        best: Count,
        acceptable: Count,
        harmful: Count,
        mostCommonHarmful: z
          .strictObject({ choiceId: z.string(), text: z.string(), count: z.number().int() })
          .nullable(),
      }),
    ),
  })
  .meta({ id: 'Heatmap' });

export const CompletionRecordResponse = z
  .strictObject({
    record: z.strictObject({
      id: z.string(),
      person: z.strictObject({ id: z.string(), name: z.string() }),
      organisation: z.strictObject({ id: z.string(), name: z.string() }),
      course: z.strictObject({ id: z.string(), title: z.string() }),
      cohort: CohortRef,
      steps: z.array(
        z.strictObject({
          stepId: z.string(),
          position: z.number().int(),
          kind: Kind,
          title: z.string(),
          scenarioId: z.string().nullable(),
          version: z.string().nullable(),
          mode: Mode,
          status: z.enum(['completed', 'passed', 'failed']),
          score: z.number().nullable(),
          criticalErrors: z.number().int(),
          completedAt: z.string(),
        }),
      ),
      passed: z.boolean(),
      completedAt: z.string(),
    }),
  })
  .meta({ id: 'CompletionRecord' });
