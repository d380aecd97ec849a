import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import type { AccountDeps } from '../auth/auth-context';
import { requireOrgRole } from '../courses/org-access';
import { getOrgsCoursesPackage } from '../courses/org-declarations';
import { pathId } from '../courses/path-ids';
import { ApiError } from '../errors/api-error';
import { buildCoursePackage, loadCoursePackageInput, playerBuilt } from './build-course-package';

/** packages/web/dist-lms in this checkout: where `pnpm --filter @doorway/web build` puts the LMS player. */
export const defaultLmsPlayerDir = fileURLToPath(new URL('../../../web/dist-lms', import.meta.url));

/** What the package route needs: the account deps and where the built LMS player is. */
export interface CoursePackageRouteDeps extends AccountDeps {
  /** packages/web/dist-lms (built by `pnpm --filter @doorway/web build`). */
  lmsPlayerDir: string;
}

/**
 * `GET /api/orgs/:orgId/courses/:courseId/package?format=scorm12|cmi5` (admin or manager): the course as one
 * LMS zip, built by the same code as `doorway package <course-id>` (one SCO/AU per scenario step, on the
 * version each pins). Without the built player: `409 lms_player_not_built`, saying which build to run.
 *
 * @example
 * app.route('/', coursePackageRoutes({ ...accountDeps, lmsPlayerDir }));
 */
export function coursePackageRoutes(deps: CoursePackageRouteDeps) {
  return new Hono().get(getOrgsCoursesPackage.path, getOrgsCoursesPackage.validate, async (c) => {
    const { orgId } = await requireOrgRole(c, deps, ['admin', 'manager']);
    const courseId = pathId(c.req.param('courseId'), 'course_not_found');
    const format = c.req.query('format') ?? 'scorm12';
    if (format !== 'scorm12' && format !== 'cmi5')
      throw new ApiError('bad_request', {
        message: 'format must be scorm12 or cmi5 (for example ?format=scorm12).',
      });
    if (!playerBuilt(deps.lmsPlayerDir)) throw new ApiError('lms_player_not_built');
    const input = await loadCoursePackageInput(deps.db, orgId, courseId);
    if (!input.ok) {
      if (input.error.kind === 'course_not_found') throw new ApiError('course_not_found');
      if (input.error.kind === 'step_not_packageable')
        throw new ApiError('course_not_packageable', {
          message: `Step "${input.error.title}" is pinned to a scenario version without a content hash, so it cannot be packaged. Move the course to the newest versions, then try again.`,
        });
      throw new ApiError('course_not_packageable');
    }
    const { zip } = buildCoursePackage({ input: input.value, format, bundleDir: deps.lmsPlayerDir });
    const name = `${
      input.value.title
        .replace(/[^A-Za-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')
        .toLowerCase() || 'course'
    }-${format}.zip`;
    return c.body(zip as Uint8Array<ArrayBuffer>, 200, {
      'content-type': 'application/zip',
      'content-disposition': `attachment; filename="${name}"`,
      'cache-control': 'no-store',
    });
  });
}
