import type { Kysely } from 'kysely';
import type { RunService } from '../runs/run-service';
import type { Database } from '../storage/schema';
import type { AttemptFacts } from './attempt-rule';
import { type ProgressStep, type TraineeProgress, traineeProgress } from './course-progress';
import type { CourseView } from './course-store';
import { type LinkedAttempt, loadLinkedAttempts } from './linked-attempts';

/** One enrolled trainee's standing on a cohort's course: who, their progress, their attempts and marks. */
export interface TraineeStanding {
  user: { id: string; name: string; email: string };
  enrolmentId: string;
  progress: TraineeProgress;
  /** This trainee's attempts, oldest first. */
  attempts: LinkedAttempt[];
  /** Workshop steps marked done: step id to when. */
  marks: Map<string, string>;
}

/** The course's steps as the progress core sees them. */
export function progressSteps(course: CourseView): ProgressStep[] {
  return course.steps.map((s) => ({
    id: s.id,
    kind: s.kind,
    passRule: s.passRule?.type ?? null,
    passScore: s.passRule?.type === 'score' ? s.passRule.minScore : null,
    dueAt: s.dueAt,
  }));
}

/**
 * The standing of every trainee enrolled in `cohortId` (or only `userId`), by name, from their runs replayed
 * now. `now` decides what is overdue.
 *
 * @example
 * const [ana] = await loadStandings(db, service, course, cohort.id, new Date(), 'ana');
 * ana?.progress.completed;
 */
export async function loadStandings(
  db: Kysely<Database>,
  service: RunService,
  course: CourseView,
  cohortId: string,
  now: Date,
  userId?: string,
): Promise<TraineeStanding[]> {
  let query = db
    .selectFrom('enrolments')
    .innerJoin('users', 'users.id', 'enrolments.user_id')
    .select(['enrolments.id as enrolmentId', 'users.id', 'users.name', 'users.email'])
    .where('enrolments.cohort_id', '=', cohortId);
  if (userId !== undefined) query = query.where('users.id', '=', userId);
  const enrolled = await query.orderBy('users.name').orderBy('users.id').execute();
  const ids = enrolled.map((e) => e.enrolmentId);
  const attempts = await loadLinkedAttempts(db, service, ids);
  const marks =
    ids.length === 0
      ? []
      : await db.selectFrom('step_marks').selectAll().where('enrolment_id', 'in', ids).execute();
  const steps = progressSteps(course);
  return enrolled.map((e) => {
    const own = attempts.filter((a) => a.enrolmentId === e.enrolmentId);
    const byStep: Record<string, AttemptFacts[]> = {};
    for (const a of own) byStep[a.stepId] = [...(byStep[a.stepId] ?? []), a.facts];
    const marked = new Map(
      marks.filter((m) => m.enrolment_id === e.enrolmentId).map((m) => [m.step_id, m.marked_at]),
    );
    return {
      user: { id: e.id, name: e.name, email: e.email },
      enrolmentId: e.enrolmentId,
      progress: traineeProgress(steps, byStep, new Set(marked.keys()), course.attemptPolicy, now),
      attempts: own,
      marks: marked,
    };
  });
}
