import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { loadStringTableText } from '../../i18n/load-string-table';
import { createRegistry } from '../../registry/create-registry';
import { captureIo } from '../capture-io';
import { runCli } from '../run-cli';

const fixtures = fileURLToPath(new URL('../../fixtures/i18n', import.meta.url));
const temps: string[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});
function copyFixtures(): string {
  const dir = mkdtempSync(join(tmpdir(), 'doorway-i18n-'));
  temps.push(dir);
  cpSync(fixtures, dir, { recursive: true });
  return dir;
}

describe('doorway i18n', () => {
  it('skeleton updates <id>.es.yaml beside the scenario, keeping the translations', async () => {
    const dir = copyFixtures();
    const io = captureIo(dir);
    expect(await runCli(['i18n', 'skeleton', 'talk.yaml', '--lang', 'es'], io)).toBe(0);
    expect(io.stdout).toEqual(['wrote talk.es.yaml: 35 texts, 6 translated, 29 to do']);
    const loaded = loadStringTableText(readFileSync(join(dir, 'talk.es.yaml'), 'utf8'), 'talk.es.yaml');
    expect(loaded.ok && loaded.value.table.strings['meta.title']?.text).toBe('Una charla breve');
    expect(loaded.ok && Object.keys(loaded.value.table.strings)).toHaveLength(36);
  });

  it('skeleton keeps the translator note written under the header of the old table', async () => {
    const dir = copyFixtures();
    const file = join(dir, 'talk.es.yaml');
    const old = readFileSync(file, 'utf8');
    const note = '# Note for translators: Sam speaks to a child here; use tú.';
    writeFileSync(file, old.replace(/^scenario:/m, `#\n${note}\nscenario:`));
    expect(await runCli(['i18n', 'skeleton', 'talk.yaml', '--lang', 'es'], captureIo(dir))).toBe(0);
    const refreshed = readFileSync(file, 'utf8');
    // The fixture has no generated header, so its own leading comments are the note, kept with the new line.
    expect(refreshed).toContain('line breaks as they are.\n#\n# A partial Spanish table of talk.yaml');
    expect(refreshed).toContain(`#\n${note}\nscenario: talk\n`);
  });

  it('skeleton writes a new table for a language that has none', async () => {
    const dir = copyFixtures();
    const io = captureIo(dir);
    expect(await runCli(['i18n', 'skeleton', 'talk.yaml', '--lang', 'pt-BR'], io)).toBe(0);
    expect(io.stdout).toEqual(['wrote talk.pt-BR.yaml: 35 texts, 0 translated, 35 to do']);
  });

  it('extract writes a PO file with the string ids, the English and file:line references', async () => {
    const dir = copyFixtures();
    const io = captureIo(dir);
    expect(await runCli(['i18n', 'extract', 'talk.yaml', '--lang', 'es', '--out', 'talk.es.po'], io)).toBe(0);
    const po = readFileSync(join(dir, 'talk.es.po'), 'utf8');
    expect(po).toContain(
      '#: talk.yaml:6\nmsgctxt "meta.title"\nmsgid "A short talk"\nmsgstr "Una charla breve"',
    );
    expect(po).toContain('#, fuzzy\nmsgctxt "ending.done.debrief"');
  });

  it('refuses English, a missing --lang and a broken table without writing anything', async () => {
    const dir = copyFixtures();
    const en = captureIo(dir);
    expect(await runCli(['i18n', 'skeleton', 'talk.yaml', '--lang', 'en'], en)).toBe(2);
    expect(en.stderr[0]).toContain('English is the source language');
    expect(await runCli(['i18n', 'extract', 'talk.yaml'], captureIo(dir))).toBe(2);
    writeFileSync(
      join(dir, 'talk.es.yaml'),
      'scenario: talk\nlang: es\nstrings:\n  meta.title: { source: zz, text: x }\n',
    );
    const broken = captureIo(dir);
    expect(await runCli(['i18n', 'skeleton', 'talk.yaml', '--lang', 'es'], broken)).toBe(1);
    expect(broken.stderr[0]).toMatch(/^talk\.es\.yaml:4:25 {2}strings\.meta\.title\.source/);
    expect(readFileSync(join(dir, 'talk.es.yaml'), 'utf8')).toContain('source: zz');
  });

  it('string tables beside the scenarios are not loaded as scenarios', () => {
    const registry = createRegistry(copyFixtures());
    expect(registry.list().map((e) => e.id)).toEqual(['talk']);
    expect(registry.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('doorway i18n check and doorway lint', () => {
  it('check lists each problem with file:line:col and exits 1 on an incomplete table', async () => {
    const dir = copyFixtures();
    const io = captureIo(dir);
    expect(await runCli(['i18n', 'check', 'talk.yaml'], io)).toBe(1);
    expect(io.stdout).toContainEqual(
      expect.stringMatching(/^talk\.es\.yaml:28:13 {2}strings\.ending\.done\.debrief\.source {2}the English/),
    );
    expect(io.stdout.at(-1)).toBe('talk es: 6 of 35 texts translated, 28 missing, 1 stale, 1 extra');
  });

  it('check passes a scenario without tables and says it is English only', async () => {
    const dir = copyFixtures();
    rmSync(join(dir, 'talk.es.yaml'));
    const io = captureIo(dir);
    expect(await runCli(['i18n', 'check', 'talk.yaml'], io)).toBe(0);
    expect(io.stdout).toEqual(['talk: English only (no string tables)']);
  });

  it('lint warns about an incomplete table and reports a broken one as an error', async () => {
    const dir = copyFixtures();
    const io = captureIo(dir);
    expect(await runCli(['lint', 'talk.yaml'], io)).toBe(0);
    expect(io.stdout).toContain(
      'talk.es.yaml:1:1  (top level)  warning[i18n-incomplete]: the es table translates 6 of 35 texts: 28 missing, 1 stale, 1 extra (those texts are shown in English)  (`pnpm doorway i18n check talk --lang es` lists each one)',
    );
    writeFileSync(
      join(dir, 'talk.es.yaml'),
      'scenario: talk\nlang: es\nstrings:\n  meta.title: { source: zz, text: x }\n',
    );
    const broken = captureIo(dir);
    expect(await runCli(['lint', 'talk.yaml'], broken)).toBe(1);
    expect(broken.stdout[0]).toMatch(/^talk\.es\.yaml:4:25 {2}strings\.meta\.title\.source/);
  });
});
