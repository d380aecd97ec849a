import type { Kysely } from 'kysely';
import { hashToken, newToken, type RandomBytes } from '../security/tokens';
import type { Database } from '../storage/schema';
import type { User } from './users';

/** A session ends after this long without a request… */
export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000;
/** …and after this long in any case, so a forgotten tablet in a training room does not stay signed in. */
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;

/**
 * Starts a session for a user and returns its token (only its hash is stored). A new token at every
 * sign-in is the session rotation: a token planted before sign-in is never promoted.
 *
 * @example
 * const token = await createSession(db, user.id, new Date(), randomBytes);
 */
export async function createSession(
  db: Kysely<Database>,
  userId: string,
  now: Date,
  random: RandomBytes,
): Promise<string> {
  const token = newToken(random);
  const at = now.toISOString();
  await db
    .insertInto('user_sessions')
    .values({ token_hash: hashToken(token), user_id: userId, created_at: at, last_seen_at: at })
    .execute();
  return token;
}

/**
 * The user behind a session token, or undefined when it is unknown, idle too long or too old
 * (an expired session is deleted). Touches `last_seen_at`.
 */
export async function resolveSession(
  db: Kysely<Database>,
  token: string,
  now: Date,
): Promise<User | undefined> {
  const tokenHash = hashToken(token);
  const row = await db
    .selectFrom('user_sessions')
    .innerJoin('users', 'users.id', 'user_sessions.user_id')
    .select([
      'users.id',
      'users.email',
      'users.name',
      'user_sessions.created_at',
      'user_sessions.last_seen_at',
    ])
    .where('user_sessions.token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (!row) return undefined;
  const t = now.getTime();
  if (
    t - Date.parse(row.last_seen_at) > SESSION_IDLE_MS ||
    t - Date.parse(row.created_at) > SESSION_ABSOLUTE_MS
  ) {
    await db.deleteFrom('user_sessions').where('token_hash', '=', tokenHash).execute();
    return undefined;
  }
  // Writing on every request would be wasteful; a minute's precision is plenty for an idle timeout.
  if (t - Date.parse(row.last_seen_at) > 60_000) {
    await db
      .updateTable('user_sessions')
      .set({ last_seen_at: now.toISOString() })
      .where('token_hash', '=', tokenHash)
      .execute();
  }
  return { id: row.id, email: row.email, name: row.name };
}

/** Ends a session on the server (logout). */
export async function deleteSession(db: Kysely<Database>, token: string): Promise<void> {
  await db.deleteFrom('user_sessions').where('token_hash', '=', hashToken(token)).execute();
}
