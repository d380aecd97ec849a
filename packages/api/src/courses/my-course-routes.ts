import type { Context } from 'hono';
import { Hono } from 'hono';
import { checkOrigin } from '../auth/auth-context';
import { requireFacilitator } from '../auth/require-facilitator';
import type { User } from '../auth/users';
import { ApiError } from '../errors/api-error';
import { orFail } from '../errors/domain-error';
import { enforceRateLimit } from '../http/rate-limit';
import { startRun, viewOf } from '../runs/engine';
import { createRunService, runInfo } from '../runs/run-service';
import { createRateLimiter } from '../security/rate-limiter';
import { setRunCookie } from '../security/run-cookie';
import { hashToken, newId, newSeed, newToken } from '../security/tokens';
import type { RunRecord } from '../storage/storage';
import { cohortReport } from './cohort-report';
import { readCompletionRecord } from './completion-record';
import {
  getMeCourses,
  getMeCoursesAttemptsDebrief,
  getMeCoursesOne,
  getMeCoursesRecord,
  postMeCoursesStepsRuns,
} from './course-progress-declarations';
import type { CourseRouteDeps } from './course-routes';
import { rolesOf } from './memberships';
import { ID_PATTERN, pathId } from './path-ids';
import { attemptView, stepStatus } from './step-views';

/**
 * The signed-in trainee's own courses: "My courses" (what is next, what is done, attempts, debriefs), starting
 * a run for a step (pinned to the step's scenario version and mode, linked in course_attempts), the debrief of
 * one of their attempts and their completion record. Only enrolments in an organisation where they still hold
 * the trainee role count; anyone else gets 404 `not_enrolled`, so nobody learns about other people's courses.
 *
 * @example
 * app.route('/', myCourseRoutes(deps));
 */
export function myCourseRoutes(deps: CourseRouteDeps) {
  const service = createRunService({ storage: deps.storage, catalog: deps.catalog });
  // As POST /api/runs is limited per address, course runs are limited per person (shared on PostgreSQL).
  const starts = createRateLimiter(
    { max: 30, windowMs: 60_000 },
    () => deps.now().getTime(),
    deps.limitStore && { store: deps.limitStore, scope: 'course-runs' },
  );

  /** The signed-in person's enrolments (oldest first), optionally in one course. */
  async function enrolments(user: User, courseId?: string) {
    let query = deps.db
      .selectFrom('enrolments')
      .innerJoin('cohorts', 'cohorts.id', 'enrolments.cohort_id')
      .select([
        'enrolments.id',
        'cohorts.id as cohortId',
        'cohorts.organisation_id as orgId',
        'cohorts.course_id as courseId',
      ])
      .where('enrolments.user_id', '=', user.id);
    if (courseId !== undefined) query = query.where('cohorts.course_id', '=', courseId);
    const rows = await query.orderBy('enrolments.created_at').orderBy('enrolments.id').execute();
    const kept = [];
    for (const row of rows)
      if ((await rolesOf(deps.db, row.orgId, user.id)).includes('trainee')) kept.push(row);
    return kept;
  }

  async function ownEnrolment(c: Context) {
    const user = await requireFacilitator(c, deps);
    const courseId = c.req.param('courseId') ?? '';
    const [enrolment] = ID_PATTERN.test(courseId) ? await enrolments(user, courseId) : [];
    if (!enrolment) throw new ApiError('not_enrolled');
    return { user, enrolment };
  }

  async function myCourse(user: User, e: { orgId: string; cohortId: string }) {
    const report = orFail(await cohortReport(deps, service, e.orgId, e.cohortId, user.id));
    const standing = report.standings[0];
    if (!standing) throw new Error('an enrolment without its standing');
    const { course } = report;
    const nextIndex = standing.progress.steps.findIndex((s) => s.state !== 'completed' || s.passed === false);
    const record = standing.progress.completed
      ? await readCompletionRecord(deps.db, user.id, report.cohort.id)
      : undefined;
    return {
      course: {
        id: course.id,
        title: course.title,
        description: course.description,
        attemptRule: course.attemptPolicy,
      },
      cohort: { id: report.cohort.id, name: report.cohort.name },
      organisation: report.organisation,
      started: standing.progress.started,
      completed: standing.progress.completed,
      passed: standing.progress.passed,
      completedAt: record?.completedAt ?? null,
      steps: course.steps.map((step, position) => {
        const p = standing.progress.steps[position];
        if (!p) throw new Error('progress without its step');
        return {
          id: step.id,
          position,
          kind: step.kind,
          title: step.title,
          scenarioId: step.scenarioId,
          scenarioTitle: step.kind === 'scenario' ? step.title : null,
          version: step.scenarioVersion,
          mode: step.mode,
          passRule: step.passRule,
          dueAt: step.dueAt,
          status: stepStatus(p),
          overdue: p.overdue,
          next: position === nextIndex,
          markedAt: standing.marks.get(step.id) ?? null,
          attempts: standing.attempts
            .filter((a) => a.stepId === step.id)
            .map((a) => ({
              ...attemptView(step, a.facts, p.countedRunId),
              scenarioVersion: a.scenarioVersion,
              debriefPath:
                a.facts.status === 'active'
                  ? null
                  : `/api/me/courses/${course.id}/attempts/${a.facts.runId}/debrief`,
            })),
        };
      }),
    };
  }

  return new Hono()
    .get(getMeCourses.path, getMeCourses.validate, async (c) => {
      const user = await requireFacilitator(c, deps);
      const courses = [];
      for (const e of await enrolments(user)) courses.push(await myCourse(user, e));
      return c.json({ courses });
    })
    .get(getMeCoursesOne.path, getMeCoursesOne.validate, async (c) => {
      const { user, enrolment } = await ownEnrolment(c);
      return c.json({ course: await myCourse(user, enrolment) });
    })
    .post(postMeCoursesStepsRuns.path, postMeCoursesStepsRuns.validate, async (c) => {
      const { user, enrolment } = await ownEnrolment(c);
      checkOrigin(c, deps);
      await enforceRateLimit(
        c,
        starts,
        user.id,
        (s) => `You started many runs in a short time. Wait ${s} s, then start this step again.`,
      );
      const step = await deps.db
        .selectFrom('course_steps')
        .selectAll()
        .where('course_id', '=', enrolment.courseId)
        .where('id', '=', pathId(c.req.param('stepId'), 'step_not_found'))
        .executeTakeFirst();
      if (!step) throw new ApiError('step_not_found');
      const lang = c.req.valid('json')?.lang ?? 'en';
      if (
        step.kind !== 'scenario' ||
        !step.scenario_id ||
        !step.content_hash ||
        !step.mode ||
        !step.scenario_version
      )
        throw new ApiError('step_not_playable');
      // As POST /api/runs: a language needs the scenario's string table; scores never depend on it.
      const refused = service.languageRefusal(step.scenario_id, lang);
      if (refused) orFail(refused);
      const at = deps.now().toISOString();
      const token = newToken(deps.random);
      const record: RunRecord = {
        id: newId(deps.random),
        scenarioId: step.scenario_id,
        scenarioVersion: step.scenario_version,
        contentHash: step.content_hash,
        mode: step.mode,
        seed: newSeed(deps.random),
        status: 'active',
        tokenHash: hashToken(token),
        lastSeq: 0,
        lang,
        createdAt: at,
        updatedAt: at,
      };
      // The step's pinned version was stored when the course was made (or moved): the run replays against it.
      const compiled = await service.compiledFor(record);
      await deps.storage.createRun(record);
      await deps.db
        .insertInto('course_attempts')
        .values({ run_id: record.id, enrolment_id: enrolment.id, step_id: step.id, started_at: at })
        .execute();
      setRunCookie(c, record.id, token, deps.proxy);
      const loaded = {
        record,
        compiled,
        state: startRun(compiled, { seed: record.seed, mode: record.mode }),
      };
      return c.json(
        {
          run: runInfo(record),
          ...service.present(loaded, (shown) => ({ view: viewOf(shown, loaded.state) })),
          runToken: token,
        },
        201,
      );
    })
    .get(getMeCoursesAttemptsDebrief.path, getMeCoursesAttemptsDebrief.validate, async (c) => {
      const { user, enrolment } = await ownEnrolment(c);
      const report = orFail(await cohortReport(deps, service, enrolment.orgId, enrolment.cohortId, user.id));
      const attempt = report.standings[0]?.attempts.find((a) => a.facts.runId === c.req.param('runId'));
      if (!attempt) throw new ApiError('attempt_not_found');
      if (attempt.facts.status === 'active') throw new ApiError('run_not_ended');
      return c.json(attempt.debriefInRunLanguage());
    })
    .get(getMeCoursesRecord.path, getMeCoursesRecord.validate, async (c) => {
      const { user, enrolment } = await ownEnrolment(c);
      orFail(await cohortReport(deps, service, enrolment.orgId, enrolment.cohortId, user.id));
      const record = await readCompletionRecord(deps.db, user.id, enrolment.cohortId);
      if (!record) throw new ApiError('record_not_found');
      return c.json({ record });
    });
}
