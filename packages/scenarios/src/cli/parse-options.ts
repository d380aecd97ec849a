import { type ParseArgsConfig, parseArgs } from 'node:util';
import type { Result } from '../problems/problem';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Parses a command's arguments; an unknown option or a missing value is a usage error, not a crash.
 *
 * @example
 * parseOptions(['a.yaml', '--seed', '3'], { seed: { type: 'string' } })
 * // { ok: true, value: { values: { seed: '3' }, positionals: ['a.yaml'] } }
 */
export function parseOptions<O extends Options>(
  args: string[],
  options: O,
): Result<{ values: Record<string, string | boolean | undefined>; positionals: string[] }, string> {
  try {
    const parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
    return {
      ok: true,
      value: {
        values: parsed.values as Record<string, string | boolean | undefined>,
        positionals: parsed.positionals,
      },
    };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
