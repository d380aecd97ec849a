import type { Kysely } from 'kysely';
import { DEFAULT_ORGANISATION_ID, setRoles } from '../courses/memberships';
import type { Role } from '../courses/schema';
import type { DomainError } from '../errors/domain-error';
import type { Database } from '../storage/schema';
import { hashPassword, MIN_PASSWORD_LENGTH } from './passwords';

export interface User {
  id: string;
  email: string;
  name: string;
}

/** Why an account was not created; the message names the address or the rule (the CLI prints it too). */
export type CreateUserError = DomainError<'email_taken' | 'weak_password' | 'invalid_email'> & {
  message: string;
};

/** Lower-cases and trims an e-mail address so sign-in does not depend on how it was typed. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Creates a facilitator account; expected failures are values.
 *
 * @example
 * const r = await createUser(db, { id, email: 'ana@example.org', name: 'Ana', password: '…' }, now);
 * if (!r.ok) console.error(r.error.message);
 */
export async function createUser(
  db: Kysely<Database>,
  input: { id: string; email: string; name: string; password: string },
  now: Date,
  /** Where the new person belongs; absent: the default organisation (see below). An invite passes its own. */
  joinAs?: { organisationId: string; roles: readonly Role[] },
): Promise<{ ok: true; value: User } | { ok: false; error: CreateUserError }> {
  const email = normaliseEmail(input.email);
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    return {
      ok: false,
      error: { code: 'invalid_email', message: `"${input.email}" is not an e-mail address.` },
    };
  }
  if (input.password.length < MIN_PASSWORD_LENGTH) {
    return {
      ok: false,
      error: {
        code: 'weak_password',
        message: `Choose a password of at least ${MIN_PASSWORD_LENGTH} characters (a few words work well).`,
      },
    };
  }
  const existing = await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
  if (existing) {
    return {
      ok: false,
      error: { code: 'email_taken', message: `An account for ${email} already exists. Sign in instead.` },
    };
  }
  const passwordHash = await hashPassword(input.password);
  try {
    await db
      .insertInto('users')
      .values({
        id: input.id,
        email,
        name: input.name.trim(),
        password_hash: passwordHash,
        created_at: now.toISOString(),
      })
      .execute();
  } catch {
    // A concurrent insert of the same e-mail lost the race on the unique index.
    return {
      ok: false,
      error: { code: 'email_taken', message: `An account for ${email} already exists. Sign in instead.` },
    };
  }
  if (joinAs) {
    await setRoles(db, joinAs.organisationId, input.id, joinAs.roles, now);
    return { ok: true, value: { id: input.id, email, name: input.name.trim() } };
  }
  // Every account is a person in an organisation: the default one, as facilitator (the first also admin
  // and manager), as migration 004 did for the accounts that existed before it.
  const first = (await countUsers(db)) === 1;
  await setRoles(
    db,
    DEFAULT_ORGANISATION_ID,
    input.id,
    first ? ['admin', 'manager', 'facilitator'] : ['facilitator'],
    now,
  );
  return { ok: true, value: { id: input.id, email, name: input.name.trim() } };
}

/** How many facilitator accounts exist (the first-run set-up page shows only when none do). */
export async function countUsers(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function findUserByEmail(db: Kysely<Database>, email: string) {
  return db.selectFrom('users').selectAll().where('email', '=', normaliseEmail(email)).executeTakeFirst();
}
