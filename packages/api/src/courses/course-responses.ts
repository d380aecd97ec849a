import { z } from 'zod';
import { PassRuleSchema } from './course-schemas';
import { RoleSchema } from './org-schemas';

// Answers of the organisation, course and cohort routes: their declarations carry these, so the OpenAPI
// document, the web app's types (z.infer through the typed client) and the route tests that parse real
// answers all read one shape. Strict objects: a field added or renamed fails a test.

export const CourseSchema = z
  .strictObject({
    id: z.string(),
    title: z.string(),
    description: z.string(),
    attemptPolicy: z.enum(['best', 'last']),
    createdAt: z.string(),
    updatedAt: z.string(),
    steps: z.array(
      z.strictObject({
        id: z.string(),
        kind: z.enum(['scenario', 'workshop']),
        title: z.string(),
        scenarioId: z.string().nullable(),
        scenarioVersion: z.string().nullable(),
        mode: z.enum(['practice', 'assessment']).nullable(),
        passRule: PassRuleSchema.nullable(),
        dueAt: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'Course' });
/** A course as the API answers it. */
export type CourseView = z.infer<typeof CourseSchema>;

export const CoursesResponse = z.strictObject({ courses: z.array(CourseSchema) });
export const CourseResponse = z.strictObject({ course: CourseSchema });
export const CourseEditResponse = z.strictObject({
  course: CourseSchema,
  removed: z.strictObject({ steps: z.number().int(), attempts: z.number().int(), marks: z.number().int() }),
});
export const CourseDeletedResponse = z.strictObject({ deleted: z.literal(true), keptRecords: z.boolean() });
export const MoveVersionResponse = z.strictObject({
  course: CourseSchema,
  moved: z.array(z.strictObject({ stepId: z.string(), from: z.string().nullable(), to: z.string() })),
});

export const CohortSchema = z
  .strictObject({ id: z.string(), name: z.string(), courseId: z.string(), createdAt: z.string() })
  .meta({ id: 'Cohort' });
const CohortTrainee = z.strictObject({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  enrolledAt: z.string(),
});
export const CohortsResponse = z.strictObject({ cohorts: z.array(CohortSchema) });
export const CohortResponse = z.strictObject({ cohort: CohortSchema });
export const CohortDetailResponse = z.strictObject({
  cohort: CohortSchema,
  trainees: z.array(CohortTrainee),
});
export const EnrolResponse = z.strictObject({ added: z.number().int(), trainees: z.array(CohortTrainee) });
export const MarksResponse = z.strictObject({ added: z.number().int(), marked: z.array(z.string()) });

const MyOrganisation = z.strictObject({ id: z.string(), name: z.string(), roles: z.array(RoleSchema) });
export const OrganisationsResponse = z.strictObject({ organisations: z.array(MyOrganisation) });
export const MembersResponse = z.strictObject({
  members: z.array(
    z.strictObject({ id: z.string(), name: z.string(), email: z.string(), roles: z.array(RoleSchema) }),
  ),
});
export const MemberRolesResponse = z.strictObject({
  member: z.strictObject({ id: z.string(), roles: z.array(RoleSchema) }),
});
export const MeResponse = z.strictObject({
  user: z.strictObject({ id: z.string(), name: z.string(), email: z.string() }),
  organisations: z.array(MyOrganisation),
});
