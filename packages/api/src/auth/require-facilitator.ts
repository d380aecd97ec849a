import type { Context } from 'hono';
import { ApiError } from '../errors/api-error';
import type { AccountDeps } from './auth-context';
import { sessionToken } from './auth-context';
import { resolveSession } from './sessions';
import type { User } from './users';

/**
 * The signed-in facilitator, or 401 `sign_in_required`.
 *
 * @example
 * const user = await requireFacilitator(c, deps);
 */
export async function requireFacilitator(c: Context, deps: Pick<AccountDeps, 'db' | 'now'>): Promise<User> {
  const token = sessionToken(c);
  const user = token ? await resolveSession(deps.db, token, deps.now()) : undefined;
  if (!user) throw new ApiError('sign_in_required');
  return user;
}

/** The signed-in facilitator if any, without failing. */
export async function optionalFacilitator(
  c: Context,
  deps: Pick<AccountDeps, 'db' | 'now'>,
): Promise<User | undefined> {
  const token = sessionToken(c);
  return token ? resolveSession(deps.db, token, deps.now()) : undefined;
}
