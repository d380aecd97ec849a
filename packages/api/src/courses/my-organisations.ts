import type { Kysely } from 'kysely';
import type { Database } from '../storage/schema';
import { ROLES, type Role } from './schema';

/**
 * The organisations a person belongs to, by name, with their roles in each (in the order of ROLES).
 *
 * @example
 * await myOrganisations(db, user.id); // [{ id: 'org_default', name: 'Default organisation', roles: ['trainee'] }]
 */
export async function myOrganisations(
  db: Kysely<Database>,
  userId: string,
): Promise<{ id: string; name: string; roles: Role[] }[]> {
  const rows = await db
    .selectFrom('memberships')
    .innerJoin('organisations', 'organisations.id', 'memberships.organisation_id')
    .select(['organisations.id', 'organisations.name', 'memberships.role'])
    .where('memberships.user_id', '=', userId)
    .orderBy('organisations.name')
    .orderBy('organisations.id')
    .execute();
  const byOrg = new Map<string, { id: string; name: string; roles: Role[] }>();
  for (const r of rows) {
    const org = byOrg.get(r.id) ?? { id: r.id, name: r.name, roles: [] };
    org.roles.push(r.role);
    byOrg.set(r.id, org);
  }
  return [...byOrg.values()].map((o) => ({ ...o, roles: ROLES.filter((role) => o.roles.includes(role)) }));
}
