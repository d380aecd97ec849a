/**
 * The fragment id of a source on the Sources page, safe for any source key
 * (`seed:001#interp-1` becomes `source-seed-001-interp-1`).
 *
 * @example
 * <a href={`/sources#${sourceAnchor('interp-1')}`}>interp-1</a>
 */
export function sourceAnchor(key: string): string {
  return `source-${key
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;
}
