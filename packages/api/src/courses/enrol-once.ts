import type { Kysely } from 'kysely';
import { newId, type RandomBytes } from '../security/tokens';
import type { Database } from '../storage/schema';

/**
 * Enrols a person in a cohort unless they already are (the unique (cohort, person) constraint makes a second
 * enrolment do nothing, even when two requests race). True when a new enrolment was made.
 *
 * @example
 * await enrolOnce(db, cohort.id, user.id, now, randomBytes); // true, then false
 */
export async function enrolOnce(
  db: Kysely<Database>,
  cohortId: string,
  userId: string,
  now: Date,
  random: RandomBytes,
): Promise<boolean> {
  const result = await db
    .insertInto('enrolments')
    .values({ id: newId(random), cohort_id: cohortId, user_id: userId, created_at: now.toISOString() })
    .onConflict((oc) => oc.columns(['cohort_id', 'user_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
}

/** Whether the person is enrolled in the cohort. */
export async function isEnrolled(db: Kysely<Database>, cohortId: string, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('enrolments')
    .select('id')
    .where('cohort_id', '=', cohortId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row !== undefined;
}
