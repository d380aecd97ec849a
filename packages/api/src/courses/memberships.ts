import type { Kysely } from 'kysely';
import type { Database } from '../storage/schema';
import { ROLES, type Role } from './schema';

/** The id of the organisation migration 004 creates; accounts made without another organisation join it. */
export const DEFAULT_ORGANISATION_ID = 'org_default';

/**
 * The roles `userId` holds in `organisationId` (empty when not a member), in the order of ROLES.
 *
 * @example
 * await rolesOf(db, 'org_default', user.id); // ['admin', 'facilitator']
 */
export async function rolesOf(db: Kysely<Database>, organisationId: string, userId: string): Promise<Role[]> {
  const rows = await db
    .selectFrom('memberships')
    .select('role')
    .where('organisation_id', '=', organisationId)
    .where('user_id', '=', userId)
    .execute();
  const held = new Set(rows.map((r) => r.role));
  return ROLES.filter((r) => held.has(r));
}

/**
 * Gives `userId` exactly `roles` in `organisationId` (replacing what they held), in one transaction.
 *
 * @example
 * await setRoles(db, 'org_default', user.id, ['manager', 'facilitator'], new Date());
 */
export async function setRoles(
  db: Kysely<Database>,
  organisationId: string,
  userId: string,
  roles: readonly Role[],
  now: Date,
): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await tx
      .deleteFrom('memberships')
      .where('organisation_id', '=', organisationId)
      .where('user_id', '=', userId)
      .execute();
    const unique = [...new Set(roles)];
    if (unique.length === 0) return;
    await tx
      .insertInto('memberships')
      .values(
        unique.map((role) => ({
          organisation_id: organisationId,
          user_id: userId,
          role,
          created_at: now.toISOString(),
        })),
      )
      .execute();
  });
}
