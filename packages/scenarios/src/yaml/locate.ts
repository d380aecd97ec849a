import { isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import type { ParsedYaml } from './parsed-yaml';

/**
 * The 1-based line and column a path points at in a parsed file. A scalar points at its value; a
 * mapping or list points at its key; a path that does not exist (a missing field) points at the
 * deepest part of it that does. `atKey` points the last segment at its key even for a scalar (for
 * problems about the key itself, like an unknown field).
 *
 * @example
 * locate(parsed, ['phases', 'intake', 'beats', 'arrival', 'choices', 2, 'next']) // { line: 31, col: 17 }
 */
export function locate(
  parsed: ParsedYaml,
  path: readonly (string | number)[],
  options: { atKey?: boolean } = {},
): { line: number; col: number } {
  let node: unknown = parsed.doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (const [i, segment] of path.entries()) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && keyText(p.key) === String(segment));
      if (!pair) break;
      const keyStart = rangeStart(pair.key);
      const value = pair.value;
      node = value;
      const last = i === path.length - 1;
      const valueStart = isScalar(value) && !(options.atKey && last) ? rangeStart(value) : undefined;
      // Collections and empty values are easier to find by their key than by their first child.
      offset = valueStart ?? keyStart ?? offset;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined) break;
      node = item;
      offset = rangeStart(item) ?? offset;
    } else {
      break;
    }
  }
  return parsed.lineCounter.linePos(offset);
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return undefined;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? range[0] : undefined;
}
