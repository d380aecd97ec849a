import { createHash } from 'node:crypto';

/**
 * The hash a string-table entry records of the English text it was translated from: the first 8 hex
 * digits of the sha-256 of the text (UTF-8, exactly as loaded: no trimming).
 *
 * @example
 * sourceHash('Primer contacto') // 8 hex digits, for example '3f2a9c1e'
 */
export function sourceHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 8);
}
