import { Hono } from 'hono';
import { checkOrigin } from '../auth/auth-context';
import { ApiError } from '../errors/api-error';
import { orFail } from '../errors/domain-error';
import { createRunService } from '../runs/run-service';
import { storedVersionOf } from '../runs/stored-version-of';
import { cohortReport } from './cohort-report';
import { postOrgsCohortsStepsMarks, postOrgsCoursesMoveVersion } from './course-progress-declarations';
import type { CourseRouteDeps } from './course-routes';
import { loadCourses } from './course-store';
import { requireOrgRole } from './org-access';
import { pathId } from './path-ids';

/**
 * Changes to a course's steps as they are taken: marking a workshop step done for trainees (facilitator,
 * manager or admin; marking twice does nothing) and moving scenario steps to the scenario's newest version
 * (manager or admin). A step keeps its pinned version until moved; attempts made before a move still count.
 *
 * @example
 * app.route('/', stepAdminRoutes(deps));
 */
export function stepAdminRoutes(deps: CourseRouteDeps) {
  const service = createRunService({ storage: deps.storage, catalog: deps.catalog });

  return new Hono()
    .post(postOrgsCohortsStepsMarks.path, postOrgsCohortsStepsMarks.validate, async (c) => {
      const { user, orgId } = await requireOrgRole(c, deps, ['admin', 'manager', 'facilitator']);
      checkOrigin(c, deps);
      const cohort = await deps.db
        .selectFrom('cohorts')
        .select(['id', 'course_id'])
        .where('organisation_id', '=', orgId)
        .where('id', '=', pathId(c.req.param('cohortId'), 'cohort_not_found'))
        .executeTakeFirst();
      if (!cohort) throw new ApiError('cohort_not_found');
      const step = await deps.db
        .selectFrom('course_steps')
        .select(['id', 'kind'])
        .where('course_id', '=', cohort.course_id)
        .where('id', '=', pathId(c.req.param('stepId'), 'step_not_found'))
        .executeTakeFirst();
      if (!step) throw new ApiError('step_not_found');
      if (step.kind !== 'workshop') throw new ApiError('step_not_workshop');
      const userIds = [...new Set(c.req.valid('json').userIds)];
      const enrolled = await deps.db
        .selectFrom('enrolments')
        .select(['id', 'user_id'])
        .where('cohort_id', '=', cohort.id)
        .where('user_id', 'in', userIds)
        .execute();
      const missing = userIds.filter((id) => !enrolled.some((e) => e.user_id === id));
      if (missing.length > 0)
        throw new ApiError('trainee_not_found', {
          message: `Not enrolled in this cohort: ${missing.join(', ')}. Nobody was marked; enrol them first.`,
        });
      const at = deps.now().toISOString();
      let added = 0;
      for (const e of enrolled) {
        const result = await deps.db
          .insertInto('step_marks')
          .values({ enrolment_id: e.id, step_id: step.id, marked_by: user.id, marked_at: at })
          .onConflict((oc) => oc.columns(['enrolment_id', 'step_id']).doNothing())
          .executeTakeFirst();
        added += Number(result.numInsertedOrUpdatedRows ?? 0n);
      }
      // A mark can complete the course: the report writes the completion records it finds.
      orFail(await cohortReport(deps, service, orgId, cohort.id));
      return c.json({ added, marked: enrolled.map((e) => e.user_id).sort() });
    })
    .post(postOrgsCoursesMoveVersion.path, postOrgsCoursesMoveVersion.validate, async (c) => {
      const { orgId } = await requireOrgRole(c, deps, ['admin', 'manager']);
      checkOrigin(c, deps);
      const courseId = pathId(c.req.param('courseId'), 'course_not_found');
      const [course] = await loadCourses(deps.db, orgId, courseId);
      if (!course) throw new ApiError('course_not_found');
      const wanted = c.req.valid('json').stepIds;
      for (const id of wanted ?? []) {
        const step = course.steps.find((s) => s.id === id);
        if (!step) throw new ApiError('step_not_found', { message: `No step ${id} in this course.` });
        if (step.kind !== 'scenario')
          throw new ApiError('step_not_playable', {
            message: `Step ${id} is a workshop session: it has no scenario version to move.`,
          });
      }
      const rows = await deps.db
        .selectFrom('course_steps')
        .selectAll()
        .where('course_id', '=', course.id)
        .execute();
      const at = deps.now().toISOString();
      const moved: { stepId: string; from: string | null; to: string }[] = [];
      for (const row of rows) {
        if (row.kind !== 'scenario' || !row.scenario_id) continue;
        if (wanted && !wanted.includes(row.id)) continue;
        const entry = deps.catalog.get(row.scenario_id);
        if (!entry)
          throw new ApiError('scenario_not_found', {
            message: `Scenario "${row.scenario_id}" is no longer served here, so step ${row.id} cannot move. Leave it pinned, or replace the step.`,
          });
        if (entry.contentHash === row.content_hash) continue;
        await deps.storage.saveScenarioVersion(storedVersionOf(entry, deps.catalog.rubric), at);
        await deps.db
          .updateTable('course_steps')
          .set({
            scenario_version: entry.scenario.version,
            content_hash: entry.contentHash,
            title: entry.scenario.title,
          })
          .where('id', '=', row.id)
          .execute();
        moved.push({ stepId: row.id, from: row.scenario_version, to: entry.scenario.version });
      }
      if (moved.length > 0)
        await deps.db.updateTable('courses').set({ updated_at: at }).where('id', '=', course.id).execute();
      const [after] = await loadCourses(deps.db, orgId, course.id);
      return c.json({ course: after, moved });
    });
}
