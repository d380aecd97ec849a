import { createHmac } from 'node:crypto';
import type { Kysely } from 'kysely';
import { Lru } from '../runs/lru';
import type { Database } from '../storage/schema';

/** Who a run's statements are about and where they go; only course runs of an organisation with an LRS. */
export interface XapiTarget {
  organisationId: string;
  /** The opaque actor name: HMAC-SHA256 of the user id under the organisation's salt, hex. */
  actorName: string;
  courseId: string;
  stepId: string;
  /** The course step's pass rule; null means the scenario's own pass threshold. */
  passRule: 'score' | 'completion' | null;
  passScore: number | null;
}

/**
 * Finds the xAPI target of a run: a run started from a course step (`course_attempts`) by an enrolled,
 * signed-in person, in an organisation whose LRS is enabled. Anything else (anonymous runs, workshop
 * rooms, organisations without an LRS) sends nothing. Cached per run for `ttlMs` so the step hot path
 * pays one query per run a minute, not one per choice; a newly set LRS applies within that time.
 *
 * @example
 * const targets = xapiTargets(storage.db, () => Date.now());
 * const target = await targets.forRun(runId); // undefined: no statements
 */
export function xapiTargets(db: Kysely<Database>, nowMs: () => number, ttlMs = 60_000) {
  const cache = new Lru<string, { target: XapiTarget | undefined; until: number }>(5000);
  return {
    async forRun(runId: string): Promise<XapiTarget | undefined> {
      const hit = cache.get(runId);
      if (hit && hit.until > nowMs()) return hit.target;
      const row = await db
        .selectFrom('course_attempts')
        .innerJoin('enrolments', 'enrolments.id', 'course_attempts.enrolment_id')
        .innerJoin('cohorts', 'cohorts.id', 'enrolments.cohort_id')
        .innerJoin('course_steps', 'course_steps.id', 'course_attempts.step_id')
        .innerJoin('organisation_lrs', 'organisation_lrs.organisation_id', 'cohorts.organisation_id')
        .select([
          'cohorts.organisation_id',
          'cohorts.course_id',
          'course_attempts.step_id',
          'enrolments.user_id',
          'organisation_lrs.actor_salt',
          'organisation_lrs.enabled',
          'course_steps.pass_rule',
          'course_steps.pass_score',
        ])
        .where('course_attempts.run_id', '=', runId)
        .executeTakeFirst();
      const target =
        row && Number(row.enabled) === 1
          ? {
              organisationId: row.organisation_id,
              actorName: createHmac('sha256', row.actor_salt).update(row.user_id).digest('hex'),
              courseId: row.course_id,
              stepId: row.step_id,
              passRule: row.pass_rule,
              passScore: row.pass_score === null ? null : Number(row.pass_score),
            }
          : undefined;
      cache.set(runId, { target, until: nowMs() + ttlMs });
      return target;
    },
  };
}

export type XapiTargets = ReturnType<typeof xapiTargets>;
