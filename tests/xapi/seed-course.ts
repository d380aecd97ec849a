import type { Storage } from '@doorway/api';

/**
 * Seeds what a course run needs for xAPI: a trainee, an organisation with an LRS, a course with one scenario
 * step, a cohort and an enrolment; `attach` then marks a run as that enrolment's attempt (as the course
 * routes do when a trainee starts a step).
 *
 * @example
 * const seed = await seedCourse(storage.db, { endpoint: lrs.endpoint, key: 'k', secret: 's' }, 'tiny');
 * await seed.attach(run.id);
 */
export async function seedCourse(
  db: Storage['db'],
  lrs: { endpoint: string; key: string; secret: string },
  scenarioId: string,
) {
  const at = new Date().toISOString();
  await db
    .insertInto('users')
    .values({
      id: 'u_trainee',
      email: 'tam@example.org',
      name: 'Tam Trainee',
      password_hash: 'x',
      created_at: at,
    })
    .execute();
  await db
    .insertInto('organisations')
    .values({ id: 'org_acme', name: 'Acme', retention_days: null, created_at: at })
    .execute();
  await db
    .insertInto('organisation_lrs')
    .values({
      organisation_id: 'org_acme',
      endpoint: lrs.endpoint,
      lrs_key: lrs.key,
      lrs_secret: lrs.secret,
      enabled: 1,
      actor_salt: 'test-salt',
      updated_at: at,
    })
    .execute();
  await db
    .insertInto('courses')
    .values({
      id: 'c_1',
      organisation_id: 'org_acme',
      title: 'Onboarding',
      description: '',
      attempt_policy: 'best',
      created_by: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
  await db
    .insertInto('course_steps')
    .values({
      id: 's_1',
      course_id: 'c_1',
      position: 0,
      kind: 'scenario',
      title: 'Step one',
      scenario_id: scenarioId,
      scenario_version: null,
      content_hash: null,
      mode: 'practice',
      pass_rule: 'score',
      pass_score: 70,
      due_at: null,
    })
    .execute();
  await db
    .insertInto('cohorts')
    .values({ id: 'co_1', organisation_id: 'org_acme', course_id: 'c_1', name: 'March', created_at: at })
    .execute();
  await db
    .insertInto('enrolments')
    .values({ id: 'e_1', cohort_id: 'co_1', user_id: 'u_trainee', created_at: at })
    .execute();
  return {
    async attach(runId: string) {
      await db
        .insertInto('course_attempts')
        .values({ run_id: runId, enrolment_id: 'e_1', step_id: 's_1', started_at: at })
        .execute();
    },
  };
}
