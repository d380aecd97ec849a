import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compiledMini } from '../fixtures/mini';
import { checkGolden } from './check-golden';

const temps: string[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});

describe('checkGolden', () => {
  it('reports a missing file, writes it on update, then finds it the same', () => {
    const dir = mkdtempSync(join(tmpdir(), 'doorway-golden-'));
    temps.push(dir);
    const compiled = compiledMini();
    expect(checkGolden(compiled, { dir }).status).toBe('missing');
    expect(checkGolden(compiled, { dir, update: true }).status).toBe('written');
    expect(readFileSync(join(dir, 'mini.txt'), 'utf8').split('\n').slice(0, 6)).toEqual([
      'Best path of "A short check-in" (mini 1.0.0), seed 1',
      '',
      'Sam: Hi.',
      '> You: My name is Alex. You decide what we talk about.',
      '',
      'Ending: Done (positive)',
    ]);
    expect(checkGolden(compiled, { dir }).status).toBe('same');
  });

  it('names the first line that differs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'doorway-golden-'));
    temps.push(dir);
    const compiled = compiledMini();
    checkGolden(compiled, { dir, update: true });
    const file = join(dir, 'mini.txt');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Sam: Hi.', 'Sam: Hello.'));
    expect(checkGolden(compiled, { dir })).toEqual({
      id: 'mini',
      status: 'different',
      line: 3,
      expected: 'Sam: Hello.',
      actual: 'Sam: Hi.',
    });
  });
});
