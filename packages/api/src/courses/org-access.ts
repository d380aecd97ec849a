import type { Context } from 'hono';
import type { AccountDeps } from '../auth/auth-context';
import { requireFacilitator } from '../auth/require-facilitator';
import type { User } from '../auth/users';
import { ApiError } from '../errors/api-error';
import { rolesOf } from './memberships';
import type { Role } from './schema';

const ORG_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The signed-in person and their roles in the `:orgId` organisation, when they hold one of `allowed`.
 * Anonymous: 401 `sign_in_required`; not a member (or no such organisation): 404 `organisation_not_found`,
 * so nobody learns which organisations exist; a member without the role: 403 `role_required`.
 *
 * @example
 * const { user, orgId } = await requireOrgRole(c, deps, ['admin', 'manager']);
 */
export async function requireOrgRole(
  c: Context,
  deps: Pick<AccountDeps, 'db' | 'now'>,
  allowed: readonly Role[],
): Promise<{ user: User; orgId: string; roles: Role[] }> {
  const user = await requireFacilitator(c, deps);
  const orgId = c.req.param('orgId') ?? '';
  if (!ORG_ID.test(orgId)) throw new ApiError('organisation_not_found');
  const roles = await rolesOf(deps.db, orgId, user.id);
  if (roles.length === 0) throw new ApiError('organisation_not_found');
  if (!roles.some((r) => allowed.includes(r))) throw new ApiError('role_required');
  return { user, orgId, roles };
}
