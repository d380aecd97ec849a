import type { Kysely } from 'kysely';
import type { Database } from '../storage/schema';

type Db = Kysely<Database>;

/** Deletes runs with their step logs (run_steps has no cascade); their course_attempts rows go with them. */
export async function deleteRuns(db: Db, runIds: readonly string[]): Promise<number> {
  let deleted = 0;
  // In slices, so a long list stays under the databases' parameter limits.
  for (let i = 0; i < runIds.length; i += 500) {
    const ids = runIds.slice(i, i + 500);
    await db.deleteFrom('run_steps').where('run_id', 'in', ids).execute();
    await db.deleteFrom('course_attempts').where('run_id', 'in', ids).execute();
    const r = await db.deleteFrom('runs').where('id', 'in', ids).executeTakeFirst();
    deleted += Number(r.numDeletedRows);
  }
  return deleted;
}

async function courseRunIds(db: Db, userId: string, organisationId?: string): Promise<string[]> {
  let q = db
    .selectFrom('course_attempts')
    .innerJoin('enrolments', 'enrolments.id', 'course_attempts.enrolment_id')
    .innerJoin('cohorts', 'cohorts.id', 'enrolments.cohort_id')
    .select('course_attempts.run_id')
    .where('enrolments.user_id', '=', userId);
  if (organisationId) q = q.where('cohorts.organisation_id', '=', organisationId);
  return (await q.execute()).map((r) => r.run_id);
}

/**
 * Erases a person: their course runs (with every step), enrolments, attempts, workshop marks, completion
 * records, memberships, sessions, sign-in links, the workshop rooms they opened, and the account itself.
 * Where other records name them as author or creator, the name is cleared (the record stays).
 *
 * @example
 * await erasePerson(db, user.id);
 */
export async function erasePerson(db: Db, userId: string): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await deleteRuns(tx, await courseRunIds(tx, userId));
    for (const table of ['courses', 'invites', 'sign_in_links'] as const)
      await tx.updateTable(table).set({ created_by: null }).where('created_by', '=', userId).execute();
    await tx.updateTable('step_marks').set({ marked_by: null }).where('marked_by', '=', userId).execute();
    await tx
      .updateTable('scenario_drafts')
      .set({ created_by: null })
      .where('created_by', '=', userId)
      .execute();
    await tx
      .updateTable('scenario_drafts')
      .set({ updated_by: null })
      .where('updated_by', '=', userId)
      .execute();
    await tx
      .updateTable('scenario_draft_revisions')
      .set({ saved_by: null })
      .where('saved_by', '=', userId)
      .execute();
    await tx
      .updateTable('published_scenarios')
      .set({ published_by: null, published_by_name: null })
      .where('published_by', '=', userId)
      .execute();
    // Everything else that names the person cascades from the account (see migrations 002 and 004).
    await tx.deleteFrom('users').where('id', '=', userId).execute();
  });
}

/**
 * Erases what one organisation holds about a person who also belongs elsewhere: their runs, enrolments,
 * marks and completion records in this organisation's cohorts, its sign-in links and their roles here.
 *
 * @example
 * await eraseFromOrganisation(db, 'org_default', userId);
 */
export async function eraseFromOrganisation(db: Db, organisationId: string, userId: string): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await deleteRuns(tx, await courseRunIds(tx, userId, organisationId));
    const cohorts = tx.selectFrom('cohorts').select('id').where('organisation_id', '=', organisationId);
    await tx
      .deleteFrom('enrolments')
      .where('user_id', '=', userId)
      .where('cohort_id', 'in', cohorts)
      .execute();
    for (const table of ['completion_records', 'sign_in_links', 'memberships'] as const)
      await tx
        .deleteFrom(table)
        .where('user_id', '=', userId)
        .where('organisation_id', '=', organisationId)
        .execute();
  });
}

/**
 * Organisations where `userId` is the only admin: erasing them would leave the organisation (and the people who
 * join it later) with nobody to manage it, so another admin must be named first.
 *
 * @example
 * await soleAdminOf(db, user.id); // ['org_default']
 */
export async function soleAdminOf(db: Db, userId: string): Promise<string[]> {
  const adminOf = await db
    .selectFrom('memberships')
    .select('organisation_id')
    .where('user_id', '=', userId)
    .where('role', '=', 'admin')
    .execute();
  const out: string[] = [];
  for (const { organisation_id } of adminOf) {
    const other = await db
      .selectFrom('memberships')
      .select('user_id')
      .where('organisation_id', '=', organisation_id)
      .where('role', '=', 'admin')
      .where('user_id', '!=', userId)
      .executeTakeFirst();
    if (!other) out.push(organisation_id);
  }
  return out;
}
