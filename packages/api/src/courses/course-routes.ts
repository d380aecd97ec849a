import { Hono } from 'hono';
import type { AccountDeps } from '../auth/auth-context';
import { ApiError } from '../errors/api-error';
import type { ScenarioCatalog } from '../runs/catalog';
import { storedVersionOf } from '../runs/stored-version-of';
import { newId } from '../security/tokens';
import type { Storage } from '../storage/storage';
import { courseHasProgress, loadCourses } from './course-store';
import { requireOrgRole } from './org-access';
import { deleteOrgsCoursesOne, getOrgsCourses, getOrgsCoursesOne, postOrgsCourses } from './org-declarations';
import { pathId } from './path-ids';
import type { CourseStepsTable } from './schema';

/** What the course routes need: the account deps, the storage (to pin versions) and the catalog. */
export interface CourseRouteDeps extends AccountDeps {
  storage: Storage;
  catalog: ScenarioCatalog;
}

const MANAGE = ['admin', 'manager'] as const;

/**
 * Courses of an organisation: create (pinning each scenario step to the catalog's current version), list, read
 * and delete (with progress: only with `confirm=true`, keeping completion records unless `keepRecords=false`).
 *
 * @example
 * app.route('/', courseRoutes({ ...accountDeps, storage, catalog }));
 */
export function courseRoutes(deps: CourseRouteDeps) {
  async function ownCourse(orgId: string, courseId: string) {
    const [course] = await loadCourses(deps.db, orgId, courseId);
    if (!course) throw new ApiError('course_not_found');
    return course;
  }

  return new Hono()
    .get(getOrgsCourses.path, getOrgsCourses.validate, async (c) => {
      const { orgId } = await requireOrgRole(c, deps, MANAGE);
      return c.json({ courses: await loadCourses(deps.db, orgId) });
    })
    .post(postOrgsCourses.path, postOrgsCourses.validate, async (c) => {
      const { user, orgId } = await requireOrgRole(c, deps, MANAGE);
      const body = c.req.valid('json');
      const at = deps.now().toISOString();
      const courseId = newId(deps.random);
      const steps: CourseStepsTable[] = [];
      for (const [position, step] of body.steps.entries()) {
        const base = { id: newId(deps.random), course_id: courseId, position, due_at: step.dueAt ?? null };
        if (step.kind === 'workshop') {
          steps.push({
            ...base,
            kind: 'workshop',
            title: step.title,
            scenario_id: null,
            scenario_version: null,
            content_hash: null,
            mode: null,
            pass_rule: null,
            pass_score: null,
          });
          continue;
        }
        const entry = deps.catalog.get(step.scenarioId);
        if (!entry)
          throw new ApiError('scenario_not_found', { message: `No scenario "${step.scenarioId}" here.` });
        await deps.storage.saveScenarioVersion(storedVersionOf(entry, deps.catalog.rubric), at);
        steps.push({
          ...base,
          kind: 'scenario',
          title: entry.scenario.title,
          scenario_id: entry.scenario.id,
          scenario_version: entry.scenario.version,
          content_hash: entry.contentHash,
          mode: step.mode,
          pass_rule: step.passRule?.type ?? null,
          pass_score: step.passRule?.type === 'score' ? step.passRule.minScore : null,
        });
      }
      await deps.db.transaction().execute(async (tx) => {
        await tx
          .insertInto('courses')
          .values({
            id: courseId,
            organisation_id: orgId,
            title: body.title,
            description: body.description,
            attempt_policy: body.attemptPolicy,
            created_by: user.id,
            created_at: at,
            updated_at: at,
          })
          .execute();
        await tx.insertInto('course_steps').values(steps).execute();
      });
      return c.json({ course: await ownCourse(orgId, courseId) }, 201);
    })
    .get(getOrgsCoursesOne.path, getOrgsCoursesOne.validate, async (c) => {
      const { orgId } = await requireOrgRole(c, deps, MANAGE);
      return c.json({ course: await ownCourse(orgId, pathId(c.req.param('courseId'), 'course_not_found')) });
    })
    .delete(deleteOrgsCoursesOne.path, deleteOrgsCoursesOne.validate, async (c) => {
      const { orgId } = await requireOrgRole(c, deps, MANAGE);
      const course = await ownCourse(orgId, pathId(c.req.param('courseId'), 'course_not_found'));
      const confirmed = c.req.query('confirm') === 'true';
      if (!confirmed && (await courseHasProgress(deps.db, course.id)))
        throw new ApiError('course_has_progress');
      const keepRecords = c.req.query('keepRecords') !== 'false';
      await deps.db.transaction().execute(async (tx) => {
        if (!keepRecords)
          await tx.deleteFrom('completion_records').where('course_id', '=', course.id).execute();
        await tx.deleteFrom('courses').where('id', '=', course.id).execute();
      });
      return c.json({ deleted: true, keptRecords: keepRecords });
    });
}
