import type { RandomBytes } from '../security/tokens';

/** Letters and digits that cannot be confused when read off a projector: no 0/O, 1/I/L, 5/S, 2/Z, 8/B. */
export const JOIN_CODE_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679';
export const JOIN_CODE_LENGTH = 6;

/**
 * A new six-character join code (about 2^28 codes: guessing is also rate-limited).
 * Rejection sampling keeps every character equally likely.
 *
 * @example
 * newJoinCode(randomBytes) // 'K7QHXA'
 */
export function newJoinCode(random: RandomBytes): string {
  let code = '';
  const n = JOIN_CODE_ALPHABET.length;
  const limit = 256 - (256 % n);
  while (code.length < JOIN_CODE_LENGTH) {
    for (const byte of random(16)) {
      if (byte < limit && code.length < JOIN_CODE_LENGTH) code += JOIN_CODE_ALPHABET[byte % n];
    }
  }
  return code;
}

/**
 * Normalises what a participant typed: upper case, with spaces and dashes removed.
 *
 * @example
 * normaliseJoinCode('k7q-hxa') // 'K7QHXA'
 */
export function normaliseJoinCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}
