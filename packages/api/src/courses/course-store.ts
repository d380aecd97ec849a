import type { Kysely } from 'kysely';
import type { Database } from '../storage/schema';
import type { CourseView } from './course-responses';
import type { CourseStepsTable, CoursesTable } from './schema';

/** A course as the API answers it: the shape its routes declare. */
export type { CourseView };

function toView(course: CoursesTable, steps: CourseStepsTable[]): CourseView {
  return {
    id: course.id,
    title: course.title,
    description: course.description,
    attemptPolicy: course.attempt_policy,
    createdAt: course.created_at,
    updatedAt: course.updated_at,
    steps: steps.map((s) => ({
      id: s.id,
      kind: s.kind,
      title: s.title,
      scenarioId: s.scenario_id,
      scenarioVersion: s.scenario_version,
      mode: s.mode,
      passRule:
        s.pass_rule === 'score'
          ? { type: 'score', minScore: s.pass_score ?? 0 }
          : s.pass_rule === 'completion'
            ? { type: 'completion' }
            : null,
      dueAt: s.due_at,
    })),
  };
}

/**
 * The courses of an organisation (or one of them, by id), with their steps in order.
 *
 * @example
 * const [course] = await loadCourses(db, orgId, courseId);
 */
export async function loadCourses(
  db: Kysely<Database>,
  orgId: string,
  courseId?: string,
): Promise<CourseView[]> {
  let query = db.selectFrom('courses').selectAll().where('organisation_id', '=', orgId);
  if (courseId !== undefined) query = query.where('id', '=', courseId);
  const courses = await query.orderBy('created_at').orderBy('id').execute();
  if (courses.length === 0) return [];
  const steps = await db
    .selectFrom('course_steps')
    .selectAll()
    .where(
      'course_id',
      'in',
      courses.map((c) => c.id),
    )
    .orderBy('position')
    .execute();
  return courses.map((c) =>
    toView(
      c,
      steps.filter((s) => s.course_id === c.id),
    ),
  );
}

/**
 * Whether anyone has made progress on the course: an attempt, a marked workshop step or a completion record.
 *
 * @example
 * if (await courseHasProgress(db, courseId)) askToConfirm();
 */
export async function courseHasProgress(db: Kysely<Database>, courseId: string): Promise<boolean> {
  const attempt = await db
    .selectFrom('course_attempts')
    .innerJoin('course_steps', 'course_steps.id', 'course_attempts.step_id')
    .select('course_attempts.run_id')
    .where('course_steps.course_id', '=', courseId)
    .executeTakeFirst();
  if (attempt) return true;
  const mark = await db
    .selectFrom('step_marks')
    .innerJoin('course_steps', 'course_steps.id', 'step_marks.step_id')
    .select('step_marks.step_id')
    .where('course_steps.course_id', '=', courseId)
    .executeTakeFirst();
  if (mark) return true;
  const record = await db
    .selectFrom('completion_records')
    .select('id')
    .where('course_id', '=', courseId)
    .executeTakeFirst();
  return record !== undefined;
}
