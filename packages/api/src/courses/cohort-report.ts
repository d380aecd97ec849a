import type { Result } from '@doorway/engine';
import type { Kysely } from 'kysely';
import { type DomainError, failure } from '../errors/domain-error';
import type { RunService } from '../runs/run-service';
import type { RandomBytes } from '../security/tokens';
import type { Database } from '../storage/schema';
import { completionRecord, syncCompletionRecords } from './completion-record';
import { loadStandings, type TraineeStanding } from './course-standing';
import { type CourseView, loadCourses } from './course-store';
import { stepStatus } from './step-views';

/** A cohort with its organisation, course and the standing of its trainees. */
export interface CohortReport {
  organisation: { id: string; name: string };
  cohort: { id: string; name: string; courseId: string };
  course: CourseView;
  standings: TraineeStanding[];
}

/**
 * Everything progress is computed from, for one cohort of `orgId` (or one trainee of it); the domain
 * error `cohort_not_found` when the cohort is not the organisation's. Writes the completion record of every
 * trainee found completed (so a record exists whichever page noticed first).
 *
 * @example
 * const report = orFail(await cohortReport(deps, service, orgId, cohortId));
 */
export async function cohortReport(
  deps: { db: Kysely<Database>; random: RandomBytes; now: () => Date },
  service: RunService,
  orgId: string,
  cohortId: string,
  userId?: string,
): Promise<Result<CohortReport, DomainError<'cohort_not_found'>>> {
  const row = await deps.db
    .selectFrom('cohorts')
    .innerJoin('organisations', 'organisations.id', 'cohorts.organisation_id')
    .select(['cohorts.id', 'cohorts.name', 'cohorts.course_id', 'organisations.name as orgName'])
    .where('cohorts.organisation_id', '=', orgId)
    .where('cohorts.id', '=', cohortId)
    .executeTakeFirst();
  if (!row) return failure('cohort_not_found');
  const [course] = await loadCourses(deps.db, orgId, row.course_id);
  // The cohorts table cascades from its course: a cohort always has one.
  if (!course) throw new Error(`cohort ${row.id} has no course`);
  const standings = await loadStandings(deps.db, service, course, row.id, deps.now(), userId);
  const organisation = { id: orgId, name: row.orgName };
  const cohort = { id: row.id, name: row.name, courseId: course.id };
  const records = standings.flatMap((s) => completionRecord({ organisation, course, cohort }, s) ?? []);
  await syncCompletionRecords(deps.db, deps.random, orgId, records);
  return { ok: true, value: { organisation, cohort, course, standings } };
}

/** Mean of the counted scenario scores, or null before any counted attempt. */
function meanScore(standing: TraineeStanding): number | null {
  const scores = standing.progress.steps.flatMap((s) => (s.overall === null ? [] : [s.overall]));
  return scores.length === 0 ? null : Math.round(scores.reduce((a, b) => a + b, 0) / scores.length);
}

/**
 * One trainee's row of the cohort progress: started, completed, passed, mean score, score per competency,
 * critical errors, time spent, overdue, and each step. No choices: what they chose is in the heatmap only,
 * aggregated over at least 3 trainees.
 *
 * @example
 * report.standings.map(progressRow);
 */
export function progressRow(standing: TraineeStanding) {
  const p = standing.progress;
  return {
    id: standing.user.id,
    name: standing.user.name,
    email: standing.user.email,
    started: p.started,
    completed: p.completed,
    passed: p.passed,
    score: meanScore(standing),
    competencies: Object.fromEntries(p.competencies.map((c) => [c.id, c.score])),
    criticalErrors: p.criticalErrors,
    timeSpentSeconds: p.timeSpentSeconds,
    overdue: p.overdue,
    steps: p.steps.map((s) => ({
      stepId: s.stepId,
      status: stepStatus(s),
      passed: s.passed,
      overdue: s.overdue,
      attempts: s.attempts,
      countedRunId: s.countedRunId,
      score: s.overall,
      criticalErrors: s.criticalErrors,
    })),
  };
}
