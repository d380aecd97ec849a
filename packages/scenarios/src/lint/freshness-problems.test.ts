import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileScenario } from '@doorway/engine';
import { afterEach, describe, expect, it } from 'vitest';
import { computeCoverage } from '../coverage/compute-coverage';
import { renderCoverage } from '../coverage/render-coverage';
import { checkGolden } from '../golden/check-golden';
import { loadRubric } from '../load/load-rubric';
import { loadScenarioFile } from '../load/load-scenario-file';
import { loadSources } from '../sources/load-sources';
import { freshnessProblems } from './freshness-problems';

const temps: string[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});

function setup() {
  const rubric = loadRubric();
  const sources = loadSources();
  if (!rubric.ok || !sources.ok) throw new Error('shared content');
  const loaded = loadScenarioFile(
    fileURLToPath(new URL('../fixtures/valid/scenarios/mini.yaml', import.meta.url)),
    rubric.value,
  );
  if (!loaded.ok) throw new Error('mini');
  const compiled = compileScenario(loaded.value.scenario, rubric.value);
  const dir = mkdtempSync(join(tmpdir(), 'doorway-fresh-'));
  temps.push(dir);
  const coverageDoc = join(dir, 'coverage.md');
  return { compiled, sources: sources.value, dir, coverageDoc };
}

describe('freshnessProblems', () => {
  it('is quiet when the golden transcript and the coverage report match', () => {
    const { compiled, sources, dir, coverageDoc } = setup();
    checkGolden(compiled, { dir, update: true });
    writeFileSync(
      coverageDoc,
      renderCoverage(computeCoverage([compiled.scenario], sources, new Map()), ['mini']),
    );
    expect(freshnessProblems([compiled], sources, new Map(), { goldenDir: dir, coverageDoc })).toEqual([]);
  });

  it('warns, with the line and the command, when they are missing or stale', () => {
    const { compiled, sources, dir, coverageDoc } = setup();
    const missing = freshnessProblems([compiled], sources, new Map(), { goldenDir: dir, coverageDoc });
    expect(missing.map((p) => [p.severity, p.line, p.message, p.fix])).toEqual([
      [
        'warning',
        1,
        'no golden transcript for "mini"',
        'run `pnpm doorway golden --update mini` and commit it',
      ],
      [
        'warning',
        1,
        expect.stringMatching(/coverage\.md is out of date from here$/),
        'run `pnpm doorway coverage --write` and commit it',
      ],
    ]);
    checkGolden(compiled, { dir, update: true });
    const golden = join(dir, 'mini.txt');
    writeFileSync(golden, readFileSync(golden, 'utf8').replace('Sam: Hi.', 'Sam: Hello.'));
    const stale = freshnessProblems([compiled], sources, new Map(), { goldenDir: dir, coverageDoc });
    expect(stale[0]).toMatchObject({
      file: golden,
      line: 3,
      message: 'the best path of "mini" changed here (now: Sam: Hi.)',
    });
  });
});
