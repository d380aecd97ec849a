import { type Context, Hono } from 'hono';
import { type AccountDeps, checkOrigin, sessionToken, setSessionCookie } from '../auth/auth-context';
import { optionalFacilitator } from '../auth/require-facilitator';
import { createSession, deleteSession } from '../auth/sessions';
import { createUser, normaliseEmail, type User } from '../auth/users';
import { ApiError } from '../errors/api-error';
import { enforceRateLimit } from '../http/rate-limit';
import { createRateLimiter } from '../security/rate-limiter';
import { newId } from '../security/tokens';
import { enrolOnce, isEnrolled } from './enrol-once';
import { claimInviteUse, releaseInviteUse, usableInvite } from './invite-store';
import { rolesOf, setRoles } from './memberships';
import { getJoinOne, postJoinOne } from './people-declarations';
import { safeId } from './safe-id';
import type { InvitesTable } from './schema';

/**
 * The public side of invites and cohort join links. GET says what the link is for (organisation, role,
 * cohort and course); POST makes the account (or takes the signed-in one), gives the role, enrols in the
 * cohort and signs in. Joining again with the same account changes nothing and does not count a use.
 *
 * @example
 * app.route('/', joinRoutes(accountDeps));
 */
export function joinRoutes(deps: AccountDeps) {
  const limiter = createRateLimiter(
    deps.limits.join,
    () => deps.now().getTime(),
    deps.limitStore && { store: deps.limitStore, scope: 'invite' },
  );

  async function invite(c: Context): Promise<InvitesTable> {
    const token = c.req.param('token');
    if (!safeId(token)) throw new ApiError('invite_not_found');
    const found = await usableInvite(deps.db, token, deps.now());
    if (!found.ok) throw new ApiError(found.error);
    return found.value;
  }

  function checkEmail(row: InvitesTable, email: string) {
    if (row.email && row.email !== normaliseEmail(email)) throw new ApiError('invite_email_mismatch');
  }

  /** Role and enrolment for `user`; counts a use only when something changes. */
  async function admit(row: InvitesTable, user: User, counted: boolean) {
    const now = deps.now();
    const roles = await rolesOf(deps.db, row.organisation_id, user.id);
    const needsRole = !roles.includes(row.role);
    const needsEnrolment = row.cohort_id !== null && !(await isEnrolled(deps.db, row.cohort_id, user.id));
    if (!needsRole && !needsEnrolment) return;
    if (!counted && !(await claimInviteUse(deps.db, row.id, now))) throw new ApiError('invite_used_up');
    if (needsRole) await setRoles(deps.db, row.organisation_id, user.id, [...roles, row.role], now);
    if (row.cohort_id) await enrolOnce(deps.db, row.cohort_id, user.id, now, deps.random);
  }

  return new Hono()
    .get(getJoinOne.path, getJoinOne.validate, async (c) => {
      const row = await invite(c);
      const organisation = await deps.db
        .selectFrom('organisations')
        .select(['id', 'name'])
        .where('id', '=', row.organisation_id)
        .executeTakeFirstOrThrow();
      const cohort = row.cohort_id
        ? await deps.db
            .selectFrom('cohorts')
            .innerJoin('courses', 'courses.id', 'cohorts.course_id')
            .select(['cohorts.id', 'cohorts.name', 'courses.title as courseTitle'])
            .where('cohorts.id', '=', row.cohort_id)
            .executeTakeFirst()
        : undefined;
      return c.json({
        join: {
          organisation,
          role: row.role,
          cohort: cohort ?? null,
          email: row.email,
          expiresAt: row.expires_at,
        },
      });
    })
    .post(postJoinOne.path, postJoinOne.validate, async (c) => {
      checkOrigin(c, deps);
      await enforceRateLimit(
        c,
        limiter,
        deps.clientAddress(c),
        (s) => `Too many attempts to join from this address. Wait ${s} seconds and try again.`,
      );
      const row = await invite(c);
      const body = c.req.valid('json');
      let user: User;
      if ('email' in body) {
        checkEmail(row, body.email);
        if (!(await claimInviteUse(deps.db, row.id, deps.now()))) throw new ApiError('invite_used_up');
        const created = await createUser(
          deps.db,
          { id: newId(deps.random), name: body.name, email: body.email, password: body.password },
          deps.now(),
          { organisationId: row.organisation_id, roles: [row.role] },
        );
        if (!created.ok) {
          await releaseInviteUse(deps.db, row.id);
          throw new ApiError(created.error.code, {
            message:
              created.error.code === 'email_taken'
                ? `An account for ${normaliseEmail(body.email)} already exists. Sign in, then open this link again.`
                : created.error.message,
          });
        }
        user = created.value;
        await admit(row, user, true);
        // A new account signs in at once; a session someone else left on this device ends.
        const previous = sessionToken(c);
        if (previous) await deleteSession(deps.db, previous);
        setSessionCookie(c, deps.proxy, await createSession(deps.db, user.id, deps.now(), deps.random));
      } else {
        const signedIn = await optionalFacilitator(c, deps);
        if (!signedIn)
          throw new ApiError('sign_in_required', {
            message: 'Sign in first, or give your name, e-mail and a password to make an account.',
          });
        checkEmail(row, signedIn.email);
        user = signedIn;
        await admit(row, user, false);
      }
      return c.json({
        user: { id: user.id, name: user.name, email: user.email },
        organisationId: row.organisation_id,
        cohortId: row.cohort_id,
      });
    });
}
