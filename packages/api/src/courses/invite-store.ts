import type { Kysely } from 'kysely';
import { hashToken, newId, newToken, type RandomBytes } from '../security/tokens';
import type { Database } from '../storage/schema';
import type { InviteView } from './people-responses';
import type { InvitesTable, Role } from './schema';

/** How long an invite stays open when its creator does not say. */
export const DEFAULT_INVITE_DAYS = 14;

export type InviteStatus = 'active' | 'expired' | 'revoked' | 'used_up';

export type { InviteView };

/**
 * Whether an invite can still be used at `now`; a revoked invite says so even when it has also expired.
 *
 * @example
 * inviteStatus(row, new Date()); // 'active'
 */
export function inviteStatus(row: InvitesTable, now: Date): InviteStatus {
  if (row.revoked_at) return 'revoked';
  if (Date.parse(row.expires_at) <= now.getTime()) return 'expired';
  if (row.max_uses !== null && row.uses >= row.max_uses) return 'used_up';
  return 'active';
}

export function inviteView(row: InvitesTable, now: Date): InviteView {
  return {
    id: row.id,
    role: row.role,
    cohortId: row.cohort_id,
    email: row.email,
    maxUses: row.max_uses,
    uses: row.uses,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
    createdAt: row.created_at,
    status: inviteStatus(row, now),
  };
}

/**
 * Stores a new invite (only the token's sha256) and returns it with the token, shown once.
 * Checking that the cohort belongs to the organisation is the caller's job.
 *
 * @example
 * const { invite, token } = await createInvite(db, { organisationId: 'org_default', role: 'trainee' }, now, randomBytes);
 * `/join/${token}`
 */
export async function createInvite(
  db: Kysely<Database>,
  input: {
    organisationId: string;
    role: Role;
    cohortId?: string | null | undefined;
    email?: string | null | undefined;
    maxUses?: number | null | undefined;
    expiresInDays?: number | undefined;
    createdBy?: string | null | undefined;
  },
  now: Date,
  random: RandomBytes,
): Promise<{ invite: InviteView; token: string }> {
  const token = newToken(random);
  const row: InvitesTable = {
    id: newId(random),
    organisation_id: input.organisationId,
    token_hash: hashToken(token),
    role: input.role,
    cohort_id: input.cohortId ?? null,
    email: input.email ? input.email.trim().toLowerCase() : null,
    max_uses: input.maxUses ?? null,
    uses: 0,
    expires_at: new Date(
      now.getTime() + (input.expiresInDays ?? DEFAULT_INVITE_DAYS) * 86_400_000,
    ).toISOString(),
    revoked_at: null,
    created_by: input.createdBy ?? null,
    created_at: now.toISOString(),
  };
  await db.insertInto('invites').values(row).execute();
  return { invite: inviteView(row, now), token };
}

/**
 * The invite behind a token when it can be used now; otherwise why not (an expected failure, as a value).
 *
 * @example
 * const found = await usableInvite(db, token, now);
 * if (!found.ok) throw new ApiError(found.error);
 */
export async function usableInvite(
  db: Kysely<Database>,
  token: string,
  now: Date,
): Promise<
  | { ok: true; value: InvitesTable }
  | { ok: false; error: 'invite_not_found' | 'invite_expired' | 'invite_revoked' | 'invite_used_up' }
> {
  const row = await db
    .selectFrom('invites')
    .selectAll()
    .where('token_hash', '=', hashToken(token))
    .executeTakeFirst();
  if (!row) return { ok: false, error: 'invite_not_found' };
  const status = inviteStatus(row, now);
  if (status !== 'active') return { ok: false, error: `invite_${status}` };
  return { ok: true, value: row };
}

/**
 * Counts one use of an invite, only if it is still usable: one conditional UPDATE, so two people racing
 * for the last use of a limited invite cannot both get it. False when it was not counted.
 *
 * @example
 * if (!(await claimInviteUse(db, invite.id, now))) throw new ApiError('invite_used_up');
 */
export async function claimInviteUse(db: Kysely<Database>, inviteId: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('invites')
    .set((eb) => ({ uses: eb('uses', '+', 1) }))
    .where('id', '=', inviteId)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now.toISOString())
    .where((eb) => eb.or([eb('max_uses', 'is', null), eb('uses', '<', eb.ref('max_uses'))]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Gives back a use claimed for an account that could not be created after all. */
export async function releaseInviteUse(db: Kysely<Database>, inviteId: string): Promise<void> {
  await db
    .updateTable('invites')
    .set((eb) => ({ uses: eb('uses', '-', 1) }))
    .where('id', '=', inviteId)
    .where('uses', '>', 0)
    .execute();
}
