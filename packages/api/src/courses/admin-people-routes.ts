import { Hono } from 'hono';
import { type AccountDeps, checkOrigin } from '../auth/auth-context';
import { ApiError } from '../errors/api-error';
import { eraseFromOrganisation, erasePerson, soleAdminOf } from './erase-person';
import { requireOrgRole } from './org-access';
import { deleteOrgsMembersOne, getOrgsSettings, patchOrgsSettings } from './people-declarations';
import { safeId } from './safe-id';

/**
 * Organisation settings (course data retention) and erasing a member. Erasing someone who belongs to this
 * organisation only deletes their account and everything about them; someone who also belongs elsewhere keeps
 * their account, and only what this organisation holds about them is deleted.
 *
 * @example
 * app.route('/', adminPeopleRoutes(accountDeps));
 */
export function adminPeopleRoutes(deps: AccountDeps) {
  async function settings(orgId: string) {
    const org = await deps.db
      .selectFrom('organisations')
      .select(['id', 'name', 'retention_days'])
      .where('id', '=', orgId)
      .executeTakeFirstOrThrow();
    return { settings: { id: org.id, name: org.name, retentionDays: org.retention_days } };
  }

  return new Hono()
    .get(getOrgsSettings.path, getOrgsSettings.validate, async (c) => {
      const { orgId } = await requireOrgRole(c, deps, ['admin', 'manager']);
      return c.json(await settings(orgId));
    })
    .patch(patchOrgsSettings.path, patchOrgsSettings.validate, async (c) => {
      checkOrigin(c, deps);
      const { orgId } = await requireOrgRole(c, deps, ['admin']);
      const { retentionDays } = c.req.valid('json');
      await deps.db
        .updateTable('organisations')
        .set({ retention_days: retentionDays })
        .where('id', '=', orgId)
        .execute();
      return c.json(await settings(orgId));
    })
    .delete(deleteOrgsMembersOne.path, deleteOrgsMembersOne.validate, async (c) => {
      checkOrigin(c, deps);
      const { user, orgId } = await requireOrgRole(c, deps, ['admin']);
      const userId = c.req.param('userId');
      if (!safeId(userId)) throw new ApiError('member_not_found');
      const memberships = await deps.db
        .selectFrom('memberships')
        .select(['organisation_id', 'role'])
        .where('user_id', '=', userId)
        .execute();
      if (!memberships.some((m) => m.organisation_id === orgId)) throw new ApiError('member_not_found');
      if (userId === user.id) throw new ApiError('cannot_erase_self');
      if (c.req.query('erase') !== 'true')
        throw new ApiError('confirmation_required', {
          message:
            'This erases the person and their course data for good: send erase=true. To only take them out of the organisation, set their roles to [] instead.',
        });
      const elsewhere = memberships.some((m) => m.organisation_id !== orgId);
      if (elsewhere) {
        await eraseFromOrganisation(deps.db, orgId, userId);
        return c.json({ erased: true, account: 'kept' as const });
      }
      if ((await soleAdminOf(deps.db, userId)).length > 0) throw new ApiError('last_admin');
      await erasePerson(deps.db, userId);
      return c.json({ erased: true, account: 'deleted' as const });
    });
}
