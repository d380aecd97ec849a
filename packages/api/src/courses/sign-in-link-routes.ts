import { Hono } from 'hono';
import { type AccountDeps, checkOrigin, sessionToken, setSessionCookie } from '../auth/auth-context';
import { createSession, deleteSession } from '../auth/sessions';
import { ApiError } from '../errors/api-error';
import { enforceRateLimit } from '../http/rate-limit';
import { createRateLimiter } from '../security/rate-limiter';
import { requireOrgRole } from './org-access';
import { postOrgsMembersSignInLink, postSignInOne } from './people-declarations';
import { safeId } from './safe-id';
import type { Role } from './schema';
import { createSignInLink, useSignInLink } from './sign-in-link-store';

/**
 * Whoever holds a sign-in link acts as that person, so who may make one is narrow: the person must belong to
 * this organisation only (a link must not open another organisation), a manager may make one for a trainee
 * only, and an admin for anyone who is not an admin. Admins sign in with their password (or get a link from
 * the CLI on the server).
 */
function mayHandOut(callerRoles: readonly Role[], targetRoles: readonly Role[]): boolean {
  if (targetRoles.includes('admin')) return false;
  if (callerRoles.includes('admin')) return true;
  return targetRoles.every((r) => r === 'trainee');
}

/**
 * One-time sign-in links a manager hands out (POST …/sign-in-link) and their use (POST /api/sign-in/:token),
 * which signs in once with the same session cookie as a password sign-in.
 *
 * @example
 * app.route('/', signInLinkRoutes(accountDeps));
 */
export function signInLinkRoutes(deps: AccountDeps) {
  const limiter = createRateLimiter(
    deps.limits.join,
    () => deps.now().getTime(),
    deps.limitStore && { store: deps.limitStore, scope: 'sign-in-link' },
  );

  return new Hono()
    .post(postOrgsMembersSignInLink.path, postOrgsMembersSignInLink.validate, async (c) => {
      checkOrigin(c, deps);
      const { user, orgId, roles } = await requireOrgRole(c, deps, ['admin', 'manager']);
      // The body is optional (declared): none takes the default lifetime.
      const body = c.req.valid('json') ?? {};
      const userId = c.req.param('userId');
      if (!safeId(userId)) throw new ApiError('member_not_found');
      const memberships = await deps.db
        .selectFrom('memberships')
        .select(['organisation_id', 'role'])
        .where('user_id', '=', userId)
        .execute();
      const here = memberships.filter((m) => m.organisation_id === orgId).map((m) => m.role);
      if (here.length === 0) throw new ApiError('member_not_found');
      if (
        userId === user.id ||
        memberships.some((m) => m.organisation_id !== orgId) ||
        !mayHandOut(roles, here)
      )
        throw new ApiError('sign_in_link_not_allowed');
      const { token, expiresAt } = await createSignInLink(
        deps.db,
        { userId, organisationId: orgId, createdBy: user.id, ...body },
        deps.now(),
        deps.random,
      );
      return c.json({ url: `/sign-in/${token}`, token, expiresAt }, 201);
    })
    .post(postSignInOne.path, postSignInOne.validate, async (c) => {
      checkOrigin(c, deps);
      await enforceRateLimit(
        c,
        limiter,
        deps.clientAddress(c),
        (s) => `Too many sign-in attempts from this address. Wait ${s} seconds and try again.`,
      );
      const token = c.req.param('token');
      if (!safeId(token)) throw new ApiError('sign_in_link_not_found');
      const used = await useSignInLink(deps.db, token, deps.now());
      if (!used.ok) throw new ApiError(used.error);
      const user = await deps.db
        .selectFrom('users')
        .select(['id', 'name', 'email'])
        .where('id', '=', used.value)
        .executeTakeFirstOrThrow();
      const previous = sessionToken(c);
      if (previous) await deleteSession(deps.db, previous);
      setSessionCookie(c, deps.proxy, await createSession(deps.db, user.id, deps.now(), deps.random));
      return c.json({ user });
    });
}
