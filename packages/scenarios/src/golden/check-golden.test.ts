import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileScenario } from '@doorway/engine';
import { afterEach, describe, expect, it } from 'vitest';
import { loadRubric } from '../load/load-rubric';
import { loadScenarioFile } from '../load/load-scenario-file';
import { checkGolden } from './check-golden';

const temps: string[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});

function mini() {
  const rubric = loadRubric();
  if (!rubric.ok) throw new Error('rubric');
  const loaded = loadScenarioFile(
    fileURLToPath(new URL('../fixtures/valid/scenarios/mini.yaml', import.meta.url)),
    rubric.value,
  );
  if (!loaded.ok) throw new Error('mini');
  return compileScenario(loaded.value.scenario, rubric.value);
}

describe('checkGolden', () => {
  it('reports a missing file, writes it on update, then finds it the same', () => {
    const dir = mkdtempSync(join(tmpdir(), 'doorway-golden-'));
    temps.push(dir);
    const compiled = mini();
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
    const compiled = mini();
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
