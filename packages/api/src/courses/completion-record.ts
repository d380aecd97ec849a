import type { Kysely } from 'kysely';
import { newId, type RandomBytes } from '../security/tokens';
import type { Database } from '../storage/schema';
import type { TraineeStanding } from './course-standing';
import type { CourseView } from './course-store';
import { stepStatus } from './step-views';

/** A printable completion record: what a trainee completed, with which result. No choices, no Step out. */
export interface CompletionRecord {
  id: string;
  person: { id: string; name: string };
  organisation: { id: string; name: string };
  course: { id: string; title: string };
  cohort: { id: string; name: string };
  steps: {
    stepId: string;
    position: number;
    kind: 'scenario' | 'workshop';
    title: string;
    scenarioId: string | null;
    version: string | null;
    mode: 'practice' | 'assessment' | null;
    status: 'completed' | 'passed' | 'failed';
    score: number | null;
    criticalErrors: number;
    completedAt: string;
  }[];
  passed: boolean;
  /** When the step results shown were reached: the latest counted attempt's end or workshop mark. */
  completedAt: string;
}

/**
 * The completion record of a trainee's standing, or undefined while the course is not completed. Each step's
 * completedAt is when its counted attempt ended or the workshop was marked; the course's is the latest.
 *
 * @example
 * completionRecord({ organisation, course, cohort }, standing)?.passed;
 */
export function completionRecord(
  where: {
    organisation: { id: string; name: string };
    course: CourseView;
    cohort: { id: string; name: string };
  },
  standing: TraineeStanding,
): Omit<CompletionRecord, 'id'> | undefined {
  if (!standing.progress.completed) return undefined;
  const steps = where.course.steps.map((step, position) => {
    const p = standing.progress.steps[position];
    const linked = standing.attempts.find((a) => a.facts.runId === p?.countedRunId);
    const counted = linked?.facts;
    const completedAt = (step.kind === 'workshop' ? standing.marks.get(step.id) : counted?.updatedAt) ?? '';
    const status = p ? stepStatus(p) : 'completed';
    return {
      stepId: step.id,
      position,
      kind: step.kind,
      title: step.title,
      scenarioId: step.scenarioId,
      // The version the counted attempt was played on (a course moved since keeps the older one here).
      version: linked?.scenarioVersion ?? step.scenarioVersion,
      mode: step.mode,
      status: status === 'passed' || status === 'failed' ? status : ('completed' as const),
      score: counted?.overall ?? null,
      criticalErrors: counted?.criticalErrors ?? 0,
      completedAt,
    };
  });
  return {
    person: { id: standing.user.id, name: standing.user.name },
    organisation: where.organisation,
    course: { id: where.course.id, title: where.course.title },
    cohort: where.cohort,
    steps,
    passed: standing.progress.passed,
    completedAt:
      steps
        .map((s) => s.completedAt)
        .sort()
        .at(-1) ?? '',
  };
}

/**
 * Writes the completion records of the trainees who have completed (once per trainee and cohort): a new record
 * when first completed, updated when a later attempt changes what counts (a better one, under the best-attempt
 * rule). Safe to call on every read; two processes racing write the same row.
 *
 * @example
 * await syncCompletionRecords(db, random, organisationId, records);
 */
export async function syncCompletionRecords(
  db: Kysely<Database>,
  random: RandomBytes,
  organisationId: string,
  records: Omit<CompletionRecord, 'id'>[],
): Promise<void> {
  if (records.length === 0) return;
  const existing = await db
    .selectFrom('completion_records')
    .selectAll()
    .where('cohort_id', '=', records[0]?.cohort.id ?? '')
    .where(
      'user_id',
      'in',
      records.map((r) => r.person.id),
    )
    .execute();
  for (const record of records) {
    const row = existing.find((e) => e.user_id === record.person.id);
    const id = row?.id ?? newId(random);
    const summary = JSON.stringify(record);
    if (row?.summary_json === summary) continue;
    await db
      .insertInto('completion_records')
      .values({
        id,
        organisation_id: organisationId,
        user_id: record.person.id,
        course_id: record.course.id,
        cohort_id: record.cohort.id,
        course_title: record.course.title,
        passed: record.passed ? 1 : 0,
        summary_json: summary,
        completed_at: record.completedAt,
      })
      .onConflict((oc) =>
        oc.columns(['user_id', 'cohort_id']).doUpdateSet({
          passed: record.passed ? 1 : 0,
          summary_json: summary,
          course_title: record.course.title,
          completed_at: record.completedAt,
        }),
      )
      .execute();
  }
}

/**
 * The stored completion record of one trainee in one cohort, if they have completed it.
 *
 * @example
 * const record = await readCompletionRecord(db, userId, cohortId);
 */
export async function readCompletionRecord(
  db: Kysely<Database>,
  userId: string,
  cohortId: string,
): Promise<CompletionRecord | undefined> {
  const row = await db
    .selectFrom('completion_records')
    .select(['id', 'summary_json'])
    .where('user_id', '=', userId)
    .where('cohort_id', '=', cohortId)
    .executeTakeFirst();
  // Written by syncCompletionRecords only, from a CompletionRecord without its id.
  return row ? { ...(JSON.parse(row.summary_json) as Omit<CompletionRecord, 'id'>), id: row.id } : undefined;
}
