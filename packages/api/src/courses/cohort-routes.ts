import { Hono } from 'hono';
import { ApiError } from '../errors/api-error';
import { newId } from '../security/tokens';
import type { CourseRouteDeps } from './course-routes';
import { rolesOf, setRoles } from './memberships';
import { requireOrgRole } from './org-access';
import {
  getOrgsCohorts,
  getOrgsCohortsOne,
  postOrgsCohorts,
  postOrgsCohortsEnrolments,
} from './org-declarations';
import { pathId } from './path-ids';

const MANAGE = ['admin', 'manager'] as const;

/**
 * Cohorts of an organisation and their enrolments. Enrolling someone already enrolled does nothing; a person
 * enrolled who is not yet a trainee of the organisation gains the trainee role. People of another
 * organisation cannot be enrolled (`member_not_found`).
 *
 * @example
 * app.route('/', cohortRoutes(deps));
 */
export function cohortRoutes(deps: CourseRouteDeps) {
  async function ownCohort(orgId: string, cohortId: string) {
    const cohort = await deps.db
      .selectFrom('cohorts')
      .selectAll()
      .where('organisation_id', '=', orgId)
      .where('id', '=', cohortId)
      .executeTakeFirst();
    if (!cohort) throw new ApiError('cohort_not_found');
    return cohort;
  }

  async function enrolled(cohortId: string) {
    return deps.db
      .selectFrom('enrolments')
      .innerJoin('users', 'users.id', 'enrolments.user_id')
      .select(['users.id', 'users.name', 'users.email', 'enrolments.created_at as enrolledAt'])
      .where('enrolments.cohort_id', '=', cohortId)
      .orderBy('users.name')
      .orderBy('users.id')
      .execute();
  }

  return new Hono()
    .get(getOrgsCohorts.path, getOrgsCohorts.validate, async (c) => {
      const { orgId } = await requireOrgRole(c, deps, MANAGE);
      const rows = await deps.db
        .selectFrom('cohorts')
        .select(['id', 'name', 'course_id as courseId', 'created_at as createdAt'])
        .where('organisation_id', '=', orgId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return c.json({ cohorts: rows });
    })
    .post(postOrgsCohorts.path, postOrgsCohorts.validate, async (c) => {
      const { orgId } = await requireOrgRole(c, deps, MANAGE);
      const body = c.req.valid('json');
      const course = await deps.db
        .selectFrom('courses')
        .select('id')
        .where('organisation_id', '=', orgId)
        .where('id', '=', body.courseId)
        .executeTakeFirst();
      if (!course) throw new ApiError('course_not_found');
      const cohort = {
        id: newId(deps.random),
        organisation_id: orgId,
        course_id: course.id,
        name: body.name,
        created_at: deps.now().toISOString(),
      };
      await deps.db.insertInto('cohorts').values(cohort).execute();
      return c.json(
        {
          cohort: {
            id: cohort.id,
            name: cohort.name,
            courseId: cohort.course_id,
            createdAt: cohort.created_at,
          },
        },
        201,
      );
    })
    .get(getOrgsCohortsOne.path, getOrgsCohortsOne.validate, async (c) => {
      const { orgId } = await requireOrgRole(c, deps, MANAGE);
      const cohort = await ownCohort(orgId, pathId(c.req.param('cohortId'), 'cohort_not_found'));
      return c.json({
        cohort: {
          id: cohort.id,
          name: cohort.name,
          courseId: cohort.course_id,
          createdAt: cohort.created_at,
        },
        trainees: await enrolled(cohort.id),
      });
    })
    .post(postOrgsCohortsEnrolments.path, postOrgsCohortsEnrolments.validate, async (c) => {
      const { orgId } = await requireOrgRole(c, deps, MANAGE);
      const cohort = await ownCohort(orgId, pathId(c.req.param('cohortId'), 'cohort_not_found'));
      const userIds = [...new Set(c.req.valid('json').userIds)];
      const now = deps.now();
      for (const userId of userIds) {
        const roles = await rolesOf(deps.db, orgId, userId);
        if (roles.length === 0)
          throw new ApiError('member_not_found', { message: `No person ${userId} here.` });
      }
      let added = 0;
      for (const userId of userIds) {
        const roles = await rolesOf(deps.db, orgId, userId);
        if (!roles.includes('trainee')) await setRoles(deps.db, orgId, userId, [...roles, 'trainee'], now);
        const result = await deps.db
          .insertInto('enrolments')
          .values({
            id: newId(deps.random),
            cohort_id: cohort.id,
            user_id: userId,
            created_at: now.toISOString(),
          })
          .onConflict((oc) => oc.columns(['cohort_id', 'user_id']).doNothing())
          .executeTakeFirst();
        added += Number(result.numInsertedOrUpdatedRows ?? 0n);
      }
      return c.json({ added, trainees: await enrolled(cohort.id) });
    });
}
