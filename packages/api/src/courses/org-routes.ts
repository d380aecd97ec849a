import { Hono } from 'hono';
import type { AccountDeps } from '../auth/auth-context';
import { requireFacilitator } from '../auth/require-facilitator';
import { ApiError } from '../errors/api-error';
import { rolesOf, setRoles } from './memberships';
import { requireOrgRole } from './org-access';
import { getOrgs, getOrgsMembers, postOrgsMembersRoles } from './org-declarations';
import { pathId } from './path-ids';
import { ROLES, type Role } from './schema';

/**
 * Organisations and their people: which organisations I belong to, who is in one, and their roles.
 *
 * @example
 * app.route('/', orgRoutes(accountDeps));
 */
export function orgRoutes(deps: AccountDeps) {
  return new Hono()
    .get(getOrgs.path, getOrgs.validate, async (c) => {
      const user = await requireFacilitator(c, deps);
      const rows = await deps.db
        .selectFrom('memberships')
        .innerJoin('organisations', 'organisations.id', 'memberships.organisation_id')
        .select(['organisations.id', 'organisations.name', 'memberships.role'])
        .where('memberships.user_id', '=', user.id)
        .orderBy('organisations.name')
        .execute();
      const byOrg = new Map<string, { id: string; name: string; roles: Role[] }>();
      for (const r of rows) {
        const org = byOrg.get(r.id) ?? { id: r.id, name: r.name, roles: [] };
        org.roles.push(r.role);
        byOrg.set(r.id, org);
      }
      const organisations = [...byOrg.values()].map((o) => ({
        ...o,
        roles: ROLES.filter((role) => o.roles.includes(role)),
      }));
      return c.json({ organisations });
    })
    .get(getOrgsMembers.path, getOrgsMembers.validate, async (c) => {
      const { orgId } = await requireOrgRole(c, deps, ['admin', 'manager']);
      const rows = await deps.db
        .selectFrom('memberships')
        .innerJoin('users', 'users.id', 'memberships.user_id')
        .select(['users.id', 'users.name', 'users.email', 'memberships.role'])
        .where('memberships.organisation_id', '=', orgId)
        .orderBy('users.name')
        .orderBy('users.id')
        .execute();
      const people = new Map<string, { id: string; name: string; email: string; roles: Role[] }>();
      for (const r of rows) {
        const person = people.get(r.id) ?? { id: r.id, name: r.name, email: r.email, roles: [] };
        person.roles.push(r.role);
        people.set(r.id, person);
      }
      const members = [...people.values()].map((p) => ({
        ...p,
        roles: ROLES.filter((role) => p.roles.includes(role)),
      }));
      return c.json({ members });
    })
    .post(postOrgsMembersRoles.path, postOrgsMembersRoles.validate, async (c) => {
      const { user, orgId } = await requireOrgRole(c, deps, ['admin']);
      const userId = pathId(c.req.param('userId'), 'member_not_found');
      const current = await rolesOf(deps.db, orgId, userId);
      if (current.length === 0) throw new ApiError('member_not_found');
      const { roles } = c.req.valid('json');
      if (userId === user.id && !roles.includes('admin')) throw new ApiError('cannot_remove_own_admin');
      await setRoles(deps.db, orgId, userId, roles, deps.now());
      return c.json({ member: { id: userId, roles: ROLES.filter((r) => roles.includes(r)) } });
    });
}
