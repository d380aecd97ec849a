import { expect } from 'vitest';
import type { peopleWorld } from '../testing/people-world';
import { choose, startRun } from '../testing/run-client';

type World = Awaited<ReturnType<typeof peopleWorld>>;

/**
 * Tess joins the world's cohort through a join link and has one course run with one choice (linked as a
 * course attempt the way course runs are) and a completion record: the data erasure and export must cover.
 *
 * @example
 * const { tess, tessId, runId } = await traineeWithData(w);
 */
export async function traineeWithData(w: World, email = 'tess@example.org') {
  const { token } = await (
    await w.mia.send('POST', '/api/orgs/org_default/invites', { role: 'trainee', cohortId: w.cohortId })
  ).json();
  const tess = w.anon();
  const joined = await tess.send('POST', `/api/join/${token}`, {
    name: 'Tess',
    email,
    password: 'a long pass phrase',
  });
  expect(joined.status).toBe(200);
  const tessId = (await joined.json()).user.id as string;
  const run = await startRun(w.app, 'practice');
  const choice = await choose(w.app, run, 'greet', 'ask');
  expect(choice.status).toBe(200);
  const enrolment = await w.db
    .selectFrom('enrolments')
    .select('id')
    .where('user_id', '=', tessId)
    .executeTakeFirstOrThrow();
  const step = await w.db
    .selectFrom('course_steps')
    .select('id')
    .where('course_id', '=', w.courseId)
    .executeTakeFirstOrThrow();
  const at = w.deps.now().toISOString();
  await w.db
    .insertInto('course_attempts')
    .values({ run_id: run.id, enrolment_id: enrolment.id, step_id: step.id, started_at: at })
    .execute();
  await w.db
    .insertInto('completion_records')
    .values({
      id: `rec-${tessId}`,
      organisation_id: 'org_default',
      user_id: tessId,
      course_id: w.courseId,
      cohort_id: w.cohortId,
      course_title: 'Onboarding',
      passed: 1,
      summary_json: '{"steps":[]}',
      completed_at: at,
    })
    .execute();
  return { tess, tessId, runId: run.id as string, enrolmentId: enrolment.id };
}
