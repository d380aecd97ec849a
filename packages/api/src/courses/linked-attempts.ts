import type { Kysely } from 'kysely';
import type { DebriefReport } from '../runs/engine';
import { report } from '../runs/engine';
import type { Presented, RunService } from '../runs/run-service';
import { toRun } from '../storage/kysely-storage';
import type { Database } from '../storage/schema';
import { attemptFacts } from './attempt-facts';
import type { AttemptFacts } from './attempt-rule';

/** A run started for a course step, with the facts its replay gives. */
export interface LinkedAttempt {
  enrolmentId: string;
  stepId: string;
  contentHash: string;
  scenarioVersion: string;
  facts: AttemptFacts;
  /** The engine's debrief of the replayed run (what the trainee sees on the debrief page). */
  debrief: () => DebriefReport;
  /** The same debrief in the run's language (`lang`, `inEnglish`), for the trainee who played it. */
  debriefInRunLanguage: () => Presented<DebriefReport>;
}

/**
 * Every attempt of the given enrolments, each run replayed through its pinned scenario version (the run
 * service caches states by last seq, so a read after no change replays nothing). Oldest first.
 *
 * @example
 * const attempts = await loadLinkedAttempts(db, service, [enrolment.id]);
 */
export async function loadLinkedAttempts(
  db: Kysely<Database>,
  service: RunService,
  enrolmentIds: string[],
): Promise<LinkedAttempt[]> {
  if (enrolmentIds.length === 0) return [];
  const rows = await db
    .selectFrom('course_attempts')
    .innerJoin('runs', 'runs.id', 'course_attempts.run_id')
    .selectAll('runs')
    .select(['course_attempts.enrolment_id', 'course_attempts.step_id'])
    .where('course_attempts.enrolment_id', 'in', enrolmentIds)
    .orderBy('runs.created_at')
    .orderBy('runs.id')
    .execute();
  const attempts: LinkedAttempt[] = [];
  for (const row of rows) {
    const loaded = await service.load(toRun(row));
    attempts.push({
      enrolmentId: row.enrolment_id,
      stepId: row.step_id,
      contentHash: loaded.record.contentHash,
      scenarioVersion: loaded.record.scenarioVersion,
      facts: attemptFacts(loaded.record, loaded.state, loaded.compiled),
      debrief: () => report(loaded.compiled, loaded.state),
      debriefInRunLanguage: () => service.present(loaded, (compiled) => report(compiled, loaded.state)),
    });
  }
  return attempts;
}
