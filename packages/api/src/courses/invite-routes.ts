import { Hono } from 'hono';
import type { AccountDeps } from '../auth/auth-context';
import { checkOrigin } from '../auth/auth-context';
import { ApiError } from '../errors/api-error';
import { deliveriesOf, queueInviteMail } from '../mail/invite-mail';
import { getOrgsInviteMail, postOrgsInvitesResend } from '../mail/invite-mail-declarations';
import type { Lang } from '../schemas/runs';
import { hashToken, newToken } from '../security/tokens';
import { createInvite, inviteStatus, inviteView } from './invite-store';
import { requireOrgRole } from './org-access';
import { deleteOrgsInvitesOne, getOrgsInvites, postOrgsInvites } from './people-declarations';
import { safeId } from './safe-id';
import type { Role } from './schema';

/** What the invite routes need besides accounts: whether mail goes out, and the address links start with. */
export interface InviteRouteDeps extends AccountDeps {
  mailInvites: boolean;
  publicUrl?: string | undefined;
}

const MANAGE = ['admin', 'manager'] as const;

/** A manager may invite trainees only; roles that manage people or content need an admin. */
function mayInvite(roles: readonly Role[], role: Role): boolean {
  return roles.includes('admin') || role === 'trainee';
}

/**
 * The organisation's invite with this id, if these roles may manage it; otherwise 404 invite_not_found
 * (an invite the caller may not manage is not shown to exist).
 *
 * @example
 * const row = await findInvite(deps, orgId, roles, c.req.param('inviteId'));
 */
async function findInvite(deps: InviteRouteDeps, orgId: string, roles: readonly Role[], inviteId: string) {
  if (!safeId(inviteId)) throw new ApiError('invite_not_found');
  const row = await deps.db
    .selectFrom('invites')
    .selectAll()
    .where('organisation_id', '=', orgId)
    .where('id', '=', inviteId)
    .executeTakeFirst();
  if (!row || !mayInvite(roles, row.role)) throw new ApiError('invite_not_found');
  return row;
}

/**
 * Invites and cohort join links of an organisation: create (the token is in the answer once; only its hash is
 * stored), list (no tokens) and revoke. An admin invites to any role; a manager invites trainees and sees and
 * revokes trainee invites only. With SMTP settings (`mailInvites`) an invite with an address can be mailed:
 * its message is queued in the same transaction as the invite (the mail worker sends it), and resent on asking.
 *
 * @example
 * app.route('/', inviteRoutes(accountDeps));
 */
export function inviteRoutes(deps: InviteRouteDeps) {
  // Links in messages start with the server's public address (PUBLIC_URL), else the address it was asked at.
  const baseUrl = (url: string) => deps.publicUrl ?? new URL(url).origin;
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
      if (body.mail && !deps.mailInvites) throw new ApiError('mail_not_configured');
      const now = deps.now();
      const made = await deps.db.transaction().execute(async (trx) => {
        const created = await createInvite(
          trx,
          {
            organisationId: orgId,
            role: body.role,
            cohortId: body.cohortId,
            email: body.email,
            maxUses: body.maxUses,
            expiresInDays: body.expiresInDays,
            createdBy: user.id,
          },
          now,
          deps.random,
        );
        if (!body.mail) return { ...created, delivery: null };
        const row = await trx
          .selectFrom('invites')
          .selectAll()
          .where('id', '=', created.invite.id)
          .executeTakeFirstOrThrow();
        const delivery = await queueInviteMail(
          trx,
          { invite: row, token: created.token, lang: body.mail.lang, baseUrl: baseUrl(c.req.url) },
          now,
        );
        return { ...created, delivery };
      });
      const { invite, token, delivery } = made;
      return c.json({ invite: { ...invite, url: `/join/${token}`, delivery }, token }, 201);
    })
    .get(getOrgsInviteMail.path, getOrgsInviteMail.validate, async (c) => {
      await requireOrgRole(c, deps, MANAGE);
      return c.json({ enabled: deps.mailInvites });
    })
    .post(postOrgsInvitesResend.path, postOrgsInvitesResend.validate, async (c) => {
      checkOrigin(c, deps);
      const { orgId, roles } = await requireOrgRole(c, deps, MANAGE);
      const lang = c.req.valid('json')?.lang;
      const row = await findInvite(deps, orgId, roles, c.req.param('inviteId'));
      if (!deps.mailInvites) throw new ApiError('mail_not_configured');
      if (!row.email) throw new ApiError('invite_has_no_email');
      const now = deps.now();
      const status = inviteStatus(row, now);
      if (status !== 'active')
        throw new ApiError(`invite_${status}`, {
          message: 'This invite can no longer be used, so it is not sent again. Make a new invite.',
        });
      // The earlier message's link is not kept (only its hash is): the resent message carries a new link.
      const token = newToken(deps.random);
      const delivery = await deps.db.transaction().execute(async (trx) => {
        const previous = await trx
          .selectFrom('mail_outbox')
          .select('lang')
          .where('invite_id', '=', row.id)
          .executeTakeFirst();
        await trx
          .updateTable('invites')
          .set({ token_hash: hashToken(token) })
          .where('id', '=', row.id)
          .execute();
        const chosen: Lang = lang ?? (previous?.lang === 'es' ? 'es' : 'en');
        return queueInviteMail(trx, { invite: row, token, lang: chosen, baseUrl: baseUrl(c.req.url) }, now);
      });
      return c.json({ invite: { ...inviteView(row, now), delivery } });
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
      const deliveries = await deliveriesOf(deps.db, orgId);
      return c.json({
        invites: (await query.execute()).map((row) => ({
          ...inviteView(row, now),
          delivery: deliveries.get(row.id) ?? null,
        })),
      });
    })
    .delete(deleteOrgsInvitesOne.path, deleteOrgsInvitesOne.validate, async (c) => {
      checkOrigin(c, deps);
      const { orgId, roles } = await requireOrgRole(c, deps, MANAGE);
      const row = await findInvite(deps, orgId, roles, c.req.param('inviteId'));
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
