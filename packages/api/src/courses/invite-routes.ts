import { Hono } from 'hono';
import type { AccountDeps } from '../auth/auth-context';
import { checkOrigin } from '../auth/auth-context';
import { ApiError } from '../errors/api-error';
import { createInvite, inviteView } from './invite-store';
import { requireOrgRole } from './org-access';
import { deleteOrgsInvitesOne, getOrgsInvites, postOrgsInvites } from './people-declarations';
import { safeId } from './safe-id';
import type { Role } from './schema';

const MANAGE = ['admin', 'manager'] as const;

/** A manager may invite trainees only; roles that manage people or content need an admin. */
function mayInvite(roles: readonly Role[], role: Role): boolean {
  return roles.includes('admin') || role === 'trainee';
}

/**
 * Invites and cohort join links of an organisation: create (the token is in the answer once; only its hash is
 * stored), list (no tokens) and revoke. An admin invites to any role; a manager invites trainees and sees and
 * revokes trainee invites only.
 *
 * @example
 * app.route('/', inviteRoutes(accountDeps));
 */
export function inviteRoutes(deps: AccountDeps) {
  return new Hono()
    .post(postOrgsInvites.path, postOrgsInvites.validate, async (c) => {
      checkOrigin(c, deps);
      const { user, orgId, roles } = await requireOrgRole(c, deps, MANAGE);
      const body = c.req.valid('json');
      if (!mayInvite(roles, body.role))
        throw new ApiError('role_required', {
          message: `Only an admin can invite someone as ${body.role}. Managers invite trainees.`,
        });
      if (body.cohortId !== undefined) {
        const cohort = await deps.db
          .selectFrom('cohorts')
          .select('id')
          .where('organisation_id', '=', orgId)
          .where('id', '=', body.cohortId)
          .executeTakeFirst();
        if (!cohort) throw new ApiError('cohort_not_found');
      }
      const { invite, token } = await createInvite(
        deps.db,
        {
          organisationId: orgId,
          role: body.role,
          cohortId: body.cohortId,
          email: body.email,
          maxUses: body.maxUses,
          expiresInDays: body.expiresInDays,
          createdBy: user.id,
        },
        deps.now(),
        deps.random,
      );
      return c.json({ invite: { ...invite, url: `/join/${token}` }, token }, 201);
    })
    .get(getOrgsInvites.path, getOrgsInvites.validate, async (c) => {
      const { orgId, roles } = await requireOrgRole(c, deps, MANAGE);
      const cohortId = c.req.query('cohortId');
      let query = deps.db
        .selectFrom('invites')
        .selectAll()
        .where('organisation_id', '=', orgId)
        .orderBy('created_at', 'desc')
        .orderBy('id');
      if (cohortId !== undefined && !safeId(cohortId)) return c.json({ invites: [] });
      if (cohortId) query = query.where('cohort_id', '=', cohortId);
      if (!roles.includes('admin')) query = query.where('role', '=', 'trainee');
      const now = deps.now();
      return c.json({ invites: (await query.execute()).map((row) => inviteView(row, now)) });
    })
    .delete(deleteOrgsInvitesOne.path, deleteOrgsInvitesOne.validate, async (c) => {
      checkOrigin(c, deps);
      const { orgId, roles } = await requireOrgRole(c, deps, MANAGE);
      const inviteId = c.req.param('inviteId');
      if (!safeId(inviteId)) throw new ApiError('invite_not_found');
      const row = await deps.db
        .selectFrom('invites')
        .selectAll()
        .where('organisation_id', '=', orgId)
        .where('id', '=', inviteId)
        .executeTakeFirst();
      if (!row || !mayInvite(roles, row.role)) throw new ApiError('invite_not_found');
      const now = deps.now();
      const revoked = { ...row, revoked_at: row.revoked_at ?? now.toISOString() };
      await deps.db
        .updateTable('invites')
        .set({ revoked_at: revoked.revoked_at })
        .where('id', '=', row.id)
        .execute();
      return c.json({ invite: inviteView(revoked, now) });
    });
}
