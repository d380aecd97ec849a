import type { Storage } from '../storage/storage';
import { deleteRuns } from './erase-person';

/**
 * Deletes course data past each organisation's retention setting (`retention_days`; null keeps it): course runs
 * (with their step logs and attempts) not changed for that many days, workshop marks and completion records as
 * old. People, courses, cohorts and enrolments stay. Also drops sign-in links that were used or expired over a
 * day ago, everywhere. The server runs it with the workshop-room purge, at start and every hour.
 *
 * @example
 * await purgeCourseData(storage, new Date()); // { runs: 0, marks: 0, records: 0, signInLinks: 0 }
 */
export async function purgeCourseData(storage: Storage, now: Date) {
  const db = storage.db;
  const totals = { runs: 0, marks: 0, records: 0, signInLinks: 0 };
  const orgs = await db
    .selectFrom('organisations')
    .select(['id', 'retention_days'])
    .where('retention_days', 'is not', null)
    .execute();
  for (const org of orgs) {
    const before = new Date(now.getTime() - Number(org.retention_days) * 86_400_000).toISOString();
    const cohorts = db.selectFrom('cohorts').select('id').where('organisation_id', '=', org.id);
    const enrolments = db.selectFrom('enrolments').select('id').where('cohort_id', 'in', cohorts);
    const old = await db
      .selectFrom('course_attempts')
      .innerJoin('runs', 'runs.id', 'course_attempts.run_id')
      .select('runs.id')
      .where('course_attempts.enrolment_id', 'in', enrolments)
      .where('runs.updated_at', '<', before)
      .execute();
    totals.runs += await deleteRuns(
      db,
      old.map((r) => r.id),
    );
    const marks = await db
      .deleteFrom('step_marks')
      .where('enrolment_id', 'in', enrolments)
      .where('marked_at', '<', before)
      .executeTakeFirst();
    totals.marks += Number(marks.numDeletedRows);
    const records = await db
      .deleteFrom('completion_records')
      .where('organisation_id', '=', org.id)
      .where('completed_at', '<', before)
      .executeTakeFirst();
    totals.records += Number(records.numDeletedRows);
  }
  const dayAgo = new Date(now.getTime() - 86_400_000).toISOString();
  const links = await db
    .deleteFrom('sign_in_links')
    .where((eb) => eb.or([eb('used_at', '<', dayAgo), eb('expires_at', '<', dayAgo)]))
    .executeTakeFirst();
  totals.signInLinks = Number(links.numDeletedRows);
  return totals;
}
