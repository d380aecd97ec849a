import { createHash } from 'node:crypto';

// A fixed namespace for Doorway's statement ids (a random v4 chosen once; changing it changes every id).
const NAMESPACE = Buffer.from('6f1d2c4e8a3b4f0e9c7d5a1b2e3f4a5b', 'hex');

/**
 * A name-based UUID (RFC 4122 version 5, SHA-1) in Doorway's namespace: the same name always gives the
 * same id, so a statement sent twice carries one id and the LRS keeps it once.
 *
 * @example
 * statementId(`${runId}:3:answered`); // '1b9d6bcd-...-5...'
 */
export function statementId(name: string): string {
  const hash = createHash('sha1').update(NAMESPACE).update(name, 'utf8').digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
