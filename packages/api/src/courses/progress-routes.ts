import type { Context } from 'hono';
import { Hono } from 'hono';
import { ApiError } from '../errors/api-error';
import { orFail } from '../errors/domain-error';
import { createRunService } from '../runs/run-service';
import { countedAttempt } from './attempt-rule';
import { type CohortReport, cohortReport, progressRow } from './cohort-report';
import { readCompletionRecord } from './completion-record';
import { cohortTotals } from './course-progress';
import {
  getOrgsCohortsHeatmap,
  getOrgsCohortsProgress,
  getOrgsCohortsProgressCsv,
  getOrgsCohortsTraineesOne,
  getOrgsCohortsTraineesRecord,
} from './course-progress-declarations';
import type { CourseRouteDeps } from './course-routes';
import { heatmapView } from './heatmap-view';
import { requireOrgRole } from './org-access';
import { pathId } from './path-ids';
import { toCsv } from './progress-csv';
import { attemptView } from './step-views';

const MANAGE = ['admin', 'manager'] as const;

/** The CSV's columns: one row per trainee and step; no choices (what someone chose is never exported). */
const CSV_HEADER = [
  'trainee_id',
  'trainee_name',
  'trainee_email',
  'step_position',
  'step_title',
  'step_kind',
  'scenario_id',
  'scenario_version',
  'mode',
  'due_at',
  'status',
  'overdue',
  'attempts',
  'score',
  'critical_errors',
  'passed',
  'time_spent_seconds',
  'course_completed',
  'course_passed',
];

function seconds(from: string, to: string): number {
  const spent = (Date.parse(to) - Date.parse(from)) / 1000;
  return Number.isFinite(spent) && spent > 0 ? Math.round(spent) : 0;
}

function csvRows(report: CohortReport) {
  return report.standings.flatMap((standing) => {
    const row = progressRow(standing);
    return report.course.steps.map((step, position) => {
      const s = row.steps[position];
      const spent = standing.attempts
        .filter((a) => a.stepId === step.id)
        .reduce((n, a) => n + seconds(a.facts.startedAt, a.facts.updatedAt), 0);
      return [
        row.id,
        row.name,
        row.email,
        position + 1,
        step.title,
        step.kind,
        step.scenarioId,
        step.scenarioVersion,
        step.mode,
        step.dueAt,
        s?.status ?? 'not_started',
        s?.overdue ?? false,
        s?.attempts ?? 0,
        s?.score ?? null,
        s?.criticalErrors ?? 0,
        s?.passed ?? null,
        spent,
        row.completed,
        row.passed,
      ];
    });
  });
}

/**
 * What managers see of a cohort: progress (JSON and CSV), one trainee's attempts and debriefs, the heatmap of
 * a scenario step (at least 3 trainees), completion records, and marking workshop steps done (facilitators
 * too). Everything comes from runs replayed on the server; Step out never reaches it, so it is never here.
 *
 * @example
 * app.route('/', progressRoutes(deps));
 */
export function progressRoutes(deps: CourseRouteDeps) {
  const service = createRunService({ storage: deps.storage, catalog: deps.catalog });

  async function report(c: Context, userId?: string) {
    const { orgId } = await requireOrgRole(c, deps, MANAGE);
    return orFail(
      await cohortReport(deps, service, orgId, pathId(c.req.param('cohortId'), 'cohort_not_found'), userId),
    );
  }

  async function trainee(c: Context) {
    const r = await report(c, pathId(c.req.param('userId'), 'trainee_not_found'));
    const standing = r.standings[0];
    if (!standing) throw new ApiError('trainee_not_found');
    return { report: r, standing };
  }

  return new Hono()
    .get(getOrgsCohortsProgress.path, getOrgsCohortsProgress.validate, async (c) => {
      const r = await report(c);
      const totals = cohortTotals(r.standings.map((s) => s.progress));
      return c.json({
        cohort: r.cohort,
        course: r.course,
        trainees: r.standings.map(progressRow),
        totals,
      });
    })
    .get(getOrgsCohortsProgressCsv.path, getOrgsCohortsProgressCsv.validate, async (c) => {
      const r = await report(c);
      c.header('Content-Type', 'text/csv; charset=utf-8');
      c.header('Content-Disposition', `attachment; filename="progress-${r.cohort.id}.csv"`);
      return c.body(toCsv(CSV_HEADER, csvRows(r)));
    })
    .get(getOrgsCohortsTraineesOne.path, getOrgsCohortsTraineesOne.validate, async (c) => {
      const { report: r, standing } = await trainee(c);
      const row = progressRow(standing);
      return c.json({
        cohort: r.cohort,
        course: { id: r.course.id, title: r.course.title, attemptRule: r.course.attemptPolicy },
        trainee: row,
        steps: r.course.steps.map((step, position) => ({
          stepId: step.id,
          position,
          kind: step.kind,
          title: step.title,
          status: row.steps[position]?.status ?? 'not_started',
          markedAt: standing.marks.get(step.id) ?? null,
          attempts: standing.attempts
            .filter((a) => a.stepId === step.id)
            .map((a) => ({
              ...attemptView(step, a.facts, row.steps[position]?.countedRunId ?? null),
              scenarioVersion: a.scenarioVersion,
              timeSpentSeconds: seconds(a.facts.startedAt, a.facts.updatedAt),
              competencies: a.facts.competencies,
              debrief: a.facts.status === 'active' ? null : a.debrief(),
            })),
        })),
      });
    })
    .get(getOrgsCohortsTraineesRecord.path, getOrgsCohortsTraineesRecord.validate, async (c) => {
      const { report: r, standing } = await trainee(c);
      const record = await readCompletionRecord(deps.db, standing.user.id, r.cohort.id);
      if (!record) throw new ApiError('record_not_found');
      return c.json({ record });
    })
    .get(getOrgsCohortsHeatmap.path, getOrgsCohortsHeatmap.validate, async (c) => {
      const r = await report(c);
      const stepId = c.req.query('stepId');
      if (stepId !== undefined) pathId(stepId, 'step_not_found');
      if (!stepId)
        throw new ApiError('bad_request', {
          message: "Add ?stepId=<id> naming one of the scenario steps of this cohort's course.",
        });
      const step = await deps.db
        .selectFrom('course_steps')
        .selectAll()
        .where('course_id', '=', r.course.id)
        .where('id', '=', stepId)
        .executeTakeFirst();
      if (!step) throw new ApiError('step_not_found');
      if (step.kind !== 'scenario' || !step.scenario_id || !step.content_hash)
        throw new ApiError('step_not_playable', {
          message: 'A workshop step has no decisions to show. Choose a scenario step.',
        });
      const compiled = await service.compiledFor({
        id: `step:${step.id}`,
        scenarioId: step.scenario_id,
        contentHash: step.content_hash,
      });
      // Only attempts on the version the step pins now: after a move, decisions may differ.
      const trainees = r.standings.flatMap((s) => {
        const onVersion = s.attempts
          .filter((a) => a.stepId === step.id && a.contentHash === step.content_hash)
          .map((a) => a.facts);
        const counted = countedAttempt(onVersion, r.course.attemptPolicy);
        return counted ? [{ traineeId: s.user.id, decisions: counted.decisions }] : [];
      });
      return c.json({
        step: {
          id: step.id,
          title: step.title,
          scenarioId: step.scenario_id,
          version: step.scenario_version,
        },
        ...heatmapView(compiled, trainees),
      });
    });
}
