import { Hono } from 'hono';
import { checkOrigin } from '../auth/auth-context';
import { ApiError } from '../errors/api-error';
import { orFail } from '../errors/domain-error';
import { createRunService } from '../runs/run-service';
import { storedVersionOf } from '../runs/stored-version-of';
import { newId } from '../security/tokens';
import { cohortReport } from './cohort-report';
import type { CourseRouteDeps } from './course-routes';
import type { EditCourseInput } from './course-schemas';
import { loadCourses } from './course-store';
import { deleteRuns } from './erase-person';
import { requireOrgRole } from './org-access';
import { patchOrgsCoursesOne } from './org-declarations';
import { pathId } from './path-ids';
import type { CourseStepsTable } from './schema';

type EditStep = NonNullable<EditCourseInput['steps']>[number];

/**
 * Pins a scenario as creation does: the version the catalog serves now, stored in scenario_versions.
 *
 * @example
 * const pin = await pinCurrent(deps, 'first-contact', at); // { title, version, contentHash }
 */
async function pinCurrent(deps: CourseRouteDeps, scenarioId: string, at: string) {
  const entry = deps.catalog.get(scenarioId);
  if (!entry) throw new ApiError('scenario_not_found', { message: `No scenario "${scenarioId}" here.` });
  await deps.storage.saveScenarioVersion(storedVersionOf(entry, deps.catalog.rubric), at);
  return {
    id: entry.scenario.id,
    title: entry.scenario.title,
    version: entry.scenario.version,
    hash: entry.contentHash,
  };
}

/**
 * Editing a course (admin or manager): title, description, which attempt counts, and the steps as a whole new
 * ordered list. A step sent with its `id` stays that step: its pinned scenario version, attempts and marks are
 * kept while its mode, pass rule, due date (and a workshop's title) change; a step without `id` is new and is
 * pinned to the version served now, as on creation. A step left out is removed; if anyone has an attempt or a
 * mark on it the edit is refused (`409 step_has_progress`) unless `confirm=true`, which deletes those attempts
 * (their runs) and marks. Completion records are kept. A step cannot change kind or scenario (remove and add).
 *
 * @example
 * app.route('/', courseEditRoutes(deps));
 */
export function courseEditRoutes(deps: CourseRouteDeps) {
  const service = createRunService({ storage: deps.storage, catalog: deps.catalog });

  return new Hono().patch(patchOrgsCoursesOne.path, patchOrgsCoursesOne.validate, async (c) => {
    const { orgId } = await requireOrgRole(c, deps, ['admin', 'manager']);
    checkOrigin(c, deps);
    const courseId = pathId(c.req.param('courseId'), 'course_not_found');
    const [course] = await loadCourses(deps.db, orgId, courseId);
    if (!course) throw new ApiError('course_not_found');
    const theId = course.id;
    const body = c.req.valid('json');
    const at = deps.now().toISOString();
    const confirmed = c.req.query('confirm') === 'true';

    const existing = await deps.db
      .selectFrom('course_steps')
      .selectAll()
      .where('course_id', '=', course.id)
      .execute();
    let rows: CourseStepsTable[] | undefined;
    let removed: CourseStepsTable[] = [];
    if (body.steps) {
      const seen = new Set<string>();
      for (const step of body.steps) {
        if (step.id === undefined) continue;
        if (seen.has(step.id))
          throw new ApiError('invalid_body', {
            message: `Step ${step.id} is listed twice. List each step once.`,
          });
        seen.add(step.id);
      }
      rows = [];
      for (const [position, step] of body.steps.entries()) rows.push(await nextRow(step, position));
      removed = existing.filter((row) => !seen.has(row.id));
    }

    async function nextRow(step: EditStep, position: number): Promise<CourseStepsTable> {
      const before = step.id === undefined ? undefined : existing.find((row) => row.id === step.id);
      if (step.id !== undefined && !before)
        throw new ApiError('step_not_found', {
          message: `No step ${step.id} in this course. Leave out its id to add it.`,
        });
      if (before && before.kind !== step.kind) throw new ApiError('step_kind_changed');
      const base = {
        id: before?.id ?? newId(deps.random),
        course_id: theId,
        position,
        due_at: step.dueAt ?? null,
      };
      if (step.kind === 'workshop')
        return {
          ...base,
          kind: 'workshop',
          title: step.title,
          scenario_id: null,
          scenario_version: null,
          content_hash: null,
          mode: null,
          pass_rule: null,
          pass_score: null,
        };
      if (before && before.scenario_id !== step.scenarioId) throw new ApiError('step_scenario_changed');
      // An existing step keeps the version it pins; only move-version changes that.
      const pin = before
        ? {
            id: step.scenarioId,
            title: before.title,
            version: before.scenario_version,
            hash: before.content_hash,
          }
        : await pinCurrent(deps, step.scenarioId, at);
      return {
        ...base,
        kind: 'scenario',
        title: pin.title,
        scenario_id: pin.id,
        scenario_version: pin.version,
        content_hash: pin.hash,
        mode: step.mode,
        pass_rule: step.passRule?.type ?? null,
        pass_score: step.passRule?.type === 'score' ? step.passRule.minScore : null,
      };
    }

    const removedIds = removed.map((r) => r.id);
    const attempts =
      removedIds.length === 0
        ? []
        : await deps.db
            .selectFrom('course_attempts')
            .select(['run_id', 'step_id'])
            .where('step_id', 'in', removedIds)
            .execute();
    const marks =
      removedIds.length === 0
        ? []
        : await deps.db
            .selectFrom('step_marks')
            .select('step_id')
            .where('step_id', 'in', removedIds)
            .execute();
    const attemptRuns = attempts.map((a) => a.run_id);
    if ((attempts.length > 0 || marks.length > 0) && !confirmed) {
      const named = removed
        .filter((r) => attempts.some((a) => a.step_id === r.id) || marks.some((m) => m.step_id === r.id))
        .map((r) => `"${r.title}"`)
        .join(', ');
      throw new ApiError('step_has_progress', {
        message: `Trainees have attempts or marks on a step this edit removes (${named}: ${attempts.length} attempt(s), ${marks.length} mark(s)). Send confirm=true to remove it with those attempts and marks (completion records are kept), or keep the step.`,
      });
    }

    await deps.db.transaction().execute(async (tx) => {
      if (attemptRuns.length > 0) await deleteRuns(tx, attemptRuns);
      if (removedIds.length > 0) await tx.deleteFrom('course_steps').where('id', 'in', removedIds).execute();
      for (const row of rows ?? []) {
        const { id, ...rest } = row;
        if (existing.some((e) => e.id === id))
          await tx.updateTable('course_steps').set(rest).where('id', '=', id).execute();
        else await tx.insertInto('course_steps').values(row).execute();
      }
      await tx
        .updateTable('courses')
        .set({
          ...(body.title === undefined ? {} : { title: body.title }),
          ...(body.description === undefined ? {} : { description: body.description }),
          ...(body.attemptPolicy === undefined ? {} : { attempt_policy: body.attemptPolicy }),
          updated_at: at,
        })
        .where('id', '=', course.id)
        .execute();
    });
    // Removing the last open step can complete a course: the report writes the completion records it finds.
    const cohorts = await deps.db
      .selectFrom('cohorts')
      .select('id')
      .where('course_id', '=', course.id)
      .execute();
    for (const cohort of cohorts) orFail(await cohortReport(deps, service, orgId, cohort.id));
    const [after] = await loadCourses(deps.db, orgId, course.id);
    return c.json({
      course: after,
      removed: { steps: removedIds.length, attempts: attemptRuns.length, marks: marks.length },
    });
  });
}
