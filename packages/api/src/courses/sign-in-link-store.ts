import type { Kysely } from 'kysely';
import { hashToken, newToken, type RandomBytes } from '../security/tokens';
import type { Database } from '../storage/schema';

/** How long a sign-in link works when its creator does not say. */
export const DEFAULT_SIGN_IN_LINK_DAYS = 7;

/**
 * A new one-time sign-in link for a person (only the token's sha256 is stored). Earlier unused links for the
 * same person and organisation stop working, so only the newest link handed out can be used.
 *
 * @example
 * const { token, expiresAt } = await createSignInLink(db, { userId, organisationId }, now, randomBytes);
 * `/sign-in/${token}`
 */
export async function createSignInLink(
  db: Kysely<Database>,
  input: {
    userId: string;
    organisationId: string;
    createdBy?: string | null;
    expiresInDays?: number | undefined;
  },
  now: Date,
  random: RandomBytes,
): Promise<{ token: string; expiresAt: string }> {
  const token = newToken(random);
  const expiresAt = new Date(
    now.getTime() + (input.expiresInDays ?? DEFAULT_SIGN_IN_LINK_DAYS) * 86_400_000,
  ).toISOString();
  await db.transaction().execute(async (tx) => {
    await tx
      .deleteFrom('sign_in_links')
      .where('user_id', '=', input.userId)
      .where('organisation_id', '=', input.organisationId)
      .where('used_at', 'is', null)
      .execute();
    await tx
      .insertInto('sign_in_links')
      .values({
        token_hash: hashToken(token),
        user_id: input.userId,
        organisation_id: input.organisationId,
        expires_at: expiresAt,
        used_at: null,
        created_by: input.createdBy ?? null,
        created_at: now.toISOString(),
      })
      .execute();
  });
  return { token, expiresAt };
}

/**
 * Uses a sign-in link once: one conditional UPDATE marks it used, so two requests with the same link cannot
 * both sign in. The person's id, or why not.
 *
 * @example
 * const used = await useSignInLink(db, token, now); // { ok: true, value: 'user-id' }
 */
export async function useSignInLink(
  db: Kysely<Database>,
  token: string,
  now: Date,
): Promise<
  | { ok: true; value: string }
  | { ok: false; error: 'sign_in_link_not_found' | 'sign_in_link_expired' | 'sign_in_link_used' }
> {
  const tokenHash = hashToken(token);
  const at = now.toISOString();
  const result = await db
    .updateTable('sign_in_links')
    .set({ used_at: at })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', at)
    .executeTakeFirst();
  const row = await db
    .selectFrom('sign_in_links')
    .select(['user_id', 'used_at', 'expires_at'])
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (!row) return { ok: false, error: 'sign_in_link_not_found' };
  if (Number(result.numUpdatedRows) === 1) return { ok: true, value: row.user_id };
  if (row.used_at !== null) return { ok: false, error: 'sign_in_link_used' };
  return { ok: false, error: 'sign_in_link_expired' };
}
