import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startRun, viewOf } from '@doorway/engine';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../problems/format-problem';
import { createRegistry } from './create-registry';

const validDir = fileURLToPath(new URL('../fixtures/valid', import.meta.url));
const temps: string[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});

function tempCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'doorway-registry-'));
  temps.push(dir);
  cpSync(validDir, dir, { recursive: true });
  return dir;
}

describe('createRegistry', () => {
  it('loads every scenario of a folder with its content hash and summary', () => {
    const registry = createRegistry(validDir);
    expect(registry.problems).toEqual([]);
    const entry = registry.get('mini');
    expect(entry?.version).toBe('1.0.0');
    expect(entry?.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(entry?.summary).toMatchObject({ id: 'mini', title: 'A short check-in', competencies: ['choice'] });
    expect(registry.rubric.competencies).toHaveLength(9);
  });

  it('gives a compiled scenario that runs, compiled once on first use', () => {
    const entry = createRegistry(validDir).get('mini');
    if (!entry) throw new Error('mini must load');
    const compiled = entry.compiled;
    expect(entry.compiled).toBe(compiled);
    const state = startRun(compiled, { seed: 1, mode: 'coach' });
    expect(viewOf(compiled, state).choices.map((c) => c.id)).toEqual(['demand', 'introduce', 'small-talk']);
  });

  it('returns the latest version by id and any version by (id, version)', () => {
    const dir = tempCopy();
    const original = readFileSync(join(dir, 'scenarios/mini.yaml'), 'utf8');
    writeFileSync(join(dir, 'scenarios/mini-v2.yaml'), original.replace('version: 1.0.0', 'version: 1.10.0'));
    writeFileSync(
      join(dir, 'scenarios/mini-v1-9.yaml'),
      original.replace('version: 1.0.0', 'version: 1.9.0'),
    );
    const registry = createRegistry(dir);
    expect(registry.get('mini')?.version).toBe('1.10.0');
    expect(registry.get('mini', '1.0.0')?.version).toBe('1.0.0');
    expect(registry.versions('mini').map((e) => e.version)).toEqual(['1.0.0', '1.9.0', '1.10.0']);
    expect(registry.list().map((e) => `${e.id}@${e.version}`)).toEqual(['mini@1.10.0']);
  });

  it('keeps the hash stable across formatting and changes it when content changes', () => {
    const dir = tempCopy();
    const file = join(dir, 'scenarios/mini.yaml');
    const before = createRegistry(dir).get('mini')?.contentHash;
    writeFileSync(file, `# a new comment\n${readFileSync(file, 'utf8')}`);
    expect(createRegistry(dir).get('mini')?.contentHash).toBe(before);
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        'Asking for everything from the start',
        'Asking for it all from the start',
      ),
    );
    expect(createRegistry(dir).get('mini')?.contentHash).not.toBe(before);
  });

  it('leaves a broken file out and reports its problems without throwing', () => {
    const dir = tempCopy();
    writeFileSync(join(dir, 'scenarios/broken.yaml'), 'id: broken\nversion: [\n');
    const registry = createRegistry(dir);
    expect(registry.list().map((e) => e.id)).toEqual(['mini']);
    expect(registry.problems.map((p) => formatProblem(p, { relativeTo: dir }))).toEqual([
      expect.stringMatching(/^scenarios\/broken\.yaml:3:1 {2}\(top level\) {2}/),
    ]);
  });

  it('reports a second file with the same id and version', () => {
    const dir = tempCopy();
    cpSync(join(dir, 'scenarios/mini.yaml'), join(dir, 'scenarios/mini-copy.yaml'));
    const registry = createRegistry(dir);
    expect(registry.versions('mini')).toHaveLength(1);
    expect(registry.problems.map((p) => p.rule)).toEqual(['duplicate-version']);
  });
});
