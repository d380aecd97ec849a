import type { Kysely } from 'kysely';
import type { Database } from '../storage/schema';
import { myOrganisations } from './my-organisations';

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * Everything Doorway stores about one person, as one JSON document (their "download my data"): account,
 * organisations and roles, enrolments, every course run with its full step log, workshop marks, completion
 * records, sign-in links and sessions (times only: tokens are never stored in a readable form), and the
 * workshop rooms they opened. Anonymous practice runs are not linked to anyone, so they are not here.
 *
 * @example
 * const data = await personData(db, user.id, new Date());
 */
export async function personData(db: Kysely<Database>, userId: string, now: Date) {
  const account = await db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'created_at as createdAt'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  const enrolments = await db
    .selectFrom('enrolments')
    .innerJoin('cohorts', 'cohorts.id', 'enrolments.cohort_id')
    .innerJoin('courses', 'courses.id', 'cohorts.course_id')
    .select([
      'enrolments.id',
      'cohorts.organisation_id as organisationId',
      'cohorts.id as cohortId',
      'cohorts.name as cohortName',
      'courses.id as courseId',
      'courses.title as courseTitle',
      'enrolments.created_at as enrolledAt',
    ])
    .where('enrolments.user_id', '=', userId)
    .orderBy('enrolments.created_at')
    .execute();
  const enrolmentIds = enrolments.map((e) => e.id);
  const attempts = enrolmentIds.length
    ? await db
        .selectFrom('course_attempts')
        .innerJoin('runs', 'runs.id', 'course_attempts.run_id')
        .select([
          'course_attempts.enrolment_id as enrolmentId',
          'course_attempts.step_id as stepId',
          'runs.id as runId',
          'runs.scenario_id as scenarioId',
          'runs.scenario_version as scenarioVersion',
          'runs.mode',
          'runs.status',
          'runs.created_at as startedAt',
          'runs.updated_at as updatedAt',
        ])
        .where('course_attempts.enrolment_id', 'in', enrolmentIds)
        .orderBy('runs.created_at')
        .execute()
    : [];
  const runIds = attempts.map((a) => a.runId);
  const steps = runIds.length
    ? await db
        .selectFrom('run_steps')
        .select(['run_id', 'seq', 'step_json', 'created_at'])
        .where('run_id', 'in', runIds)
        .orderBy('run_id')
        .orderBy('seq')
        .execute()
    : [];
  const marks = enrolmentIds.length
    ? await db
        .selectFrom('step_marks')
        .select(['enrolment_id as enrolmentId', 'step_id as stepId', 'marked_at as markedAt'])
        .where('enrolment_id', 'in', enrolmentIds)
        .execute()
    : [];
  const records = await db
    .selectFrom('completion_records')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('completed_at')
    .execute();
  const signInLinks = await db
    .selectFrom('sign_in_links')
    .select([
      'organisation_id as organisationId',
      'created_at as createdAt',
      'expires_at as expiresAt',
      'used_at as usedAt',
    ])
    .where('user_id', '=', userId)
    .execute();
  const sessions = await db
    .selectFrom('user_sessions')
    .select(['created_at as createdAt', 'last_seen_at as lastSeenAt'])
    .where('user_id', '=', userId)
    .execute();
  const rooms = await db
    .selectFrom('rooms')
    .select([
      'id',
      'scenario_id as scenarioId',
      'phase',
      'created_at as createdAt',
      'updated_at as updatedAt',
    ])
    .where('facilitator_id', '=', userId)
    .execute();
  return {
    exportedAt: now.toISOString(),
    account,
    organisations: await myOrganisations(db, userId),
    enrolments,
    runs: attempts.map((a) => ({
      ...a,
      steps: steps
        .filter((s) => s.run_id === a.runId)
        .map((s) => ({ seq: s.seq, at: s.created_at, step: parse(s.step_json) })),
    })),
    workshopMarks: marks,
    completionRecords: records.map((r) => ({
      id: r.id,
      organisationId: r.organisation_id,
      courseId: r.course_id,
      cohortId: r.cohort_id,
      courseTitle: r.course_title,
      passed: r.passed === 1,
      summary: parse(r.summary_json),
      completedAt: r.completed_at,
    })),
    signInLinks,
    sessions,
    workshopRooms: rooms,
  };
}
