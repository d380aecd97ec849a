import { createHash, timingSafeEqual } from 'node:crypto';

/** Random bytes source, injected so tests are deterministic; the server uses node:crypto's randomBytes. */
export type RandomBytes = (size: number) => Uint8Array;

/**
 * A new run token: 256 random bits, base64url (43 characters).
 *
 * @example
 * const token = newToken(randomBytes); // 'q3J0...'
 */
export function newToken(random: RandomBytes): string {
  return Buffer.from(random(32)).toString('base64url');
}

/** A new public id (96 random bits, base64url): unguessable, but not a secret. */
export function newId(random: RandomBytes): string {
  return Buffer.from(random(12)).toString('base64url');
}

/** A new run seed in [0, 2^31): fits a 32-bit signed integer column in both databases. */
export function newSeed(random: RandomBytes): number {
  return Buffer.from(random(4)).readUInt32BE(0) >>> 1;
}

/**
 * The token's storage form: sha256, hex. Only the hash is stored, so a leaked database does not leak tokens.
 *
 * @example
 * hashToken('abc') // 'ba7816bf...'
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Whether `token` hashes to `storedHash`, compared in constant time.
 *
 * @example
 * tokenMatches(token, run.tokenHash) // true
 */
export function tokenMatches(token: string, storedHash: string): boolean {
  const given = Buffer.from(hashToken(token), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}
