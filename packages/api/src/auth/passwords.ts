import { hash, verify } from '@node-rs/argon2';

/** The smallest password we accept: long enough to resist guessing, short enough to type on a tablet. */
export const MIN_PASSWORD_LENGTH = 10;

/**
 * Hashes a password with argon2id (the library's default algorithm), returning a PHC string.
 *
 * @example
 * const stored = await hashPassword('correct horse battery'); // '$argon2id$v=19$...'
 */
export function hashPassword(password: string): Promise<string> {
  return hash(password, { memoryCost: 19_456, timeCost: 2, parallelism: 1 });
}

/**
 * Checks a password against a stored hash; false for a malformed hash rather than an exception.
 *
 * @example
 * await verifyPassword(stored, 'correct horse battery'); // true
 */
export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}
