import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CompiledScenario } from '@doorway/engine';
import { GOLDEN_DIR } from '../content-paths';
import { goldenTranscript } from './golden-transcript';

/** How one scenario's golden transcript compares with its file. */
export type GoldenStatus =
  | { id: string; status: 'same' | 'written' }
  | { id: string; status: 'missing' }
  | { id: string; status: 'different'; line: number; expected: string; actual: string };

/**
 * Compares (or with `update`, rewrites) `tests/content/golden/<id>.txt` for a scenario.
 *
 * @example
 * checkGolden(entry.compiled, { update: process.env.UPDATE_GOLDEN === '1' }).status // 'same'
 */
export function checkGolden(
  compiled: CompiledScenario,
  options: { update?: boolean; dir?: string } = {},
): GoldenStatus {
  const dir = options.dir ?? GOLDEN_DIR;
  const id = compiled.scenario.id;
  const file = join(dir, `${id}.txt`);
  const actual = goldenTranscript(compiled);
  if (options.update) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, actual);
    return { id, status: 'written' };
  }
  if (!existsSync(file)) return { id, status: 'missing' };
  const expected = readFileSync(file, 'utf8');
  if (expected === actual) return { id, status: 'same' };
  const e = expected.split('\n');
  const a = actual.split('\n');
  let i = 0;
  while (i < Math.max(e.length, a.length) && e[i] === a[i]) i++;
  return {
    id,
    status: 'different',
    line: i + 1,
    expected: e[i] ?? '(end of file)',
    actual: a[i] ?? '(end of file)',
  };
}
