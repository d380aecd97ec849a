import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { captureIo } from './capture-io';
import { COMMANDS } from './commands-table';
import { runCli } from './run-cli';

const fixtures = fileURLToPath(new URL('../fixtures', import.meta.url));
const temps: string[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});

describe('doorway CLI', () => {
  it('lists its commands and has --help on every command', async () => {
    const io = captureIo(fixtures);
    expect(await runCli(['--help'], io)).toBe(0);
    for (const name of Object.keys(COMMANDS)) {
      expect(io.stdout.join('\n')).toContain(name);
      const help = captureIo(fixtures);
      expect(await runCli([name, '--help'], help)).toBe(0);
      expect(help.stdout[0]).toMatch(new RegExp(`^Usage: doorway ${name}`));
    }
  });

  it('rejects an unknown command with exit code 2', async () => {
    const io = captureIo(fixtures);
    expect(await runCli(['lnit'], io)).toBe(2);
    expect(io.stderr[0]).toBe('doorway: unknown command "lnit"');
  });

  it('lint prints each problem with file:line:col and a summary, and exits 1 on errors', async () => {
    const io = captureIo(fixtures);
    expect(await runCli(['lint', 'broken/typos.yaml', 'valid'], io)).toBe(1);
    expect(io.stdout).toContain(
      'broken/typos.yaml:20:13  phases.opening.beats.hello.choices[0].verdit  unknown key `verdit`  (did you mean `verdict`? allowed keys here: id, text, action, when, effects, evidence, verdict, feedback, sources, critical, reactions, next)',
    );
    expect(io.stdout[io.stdout.length - 1]).toBe('2 scenarios, 6 errors, 0 warnings');
  });

  it('lint exits 0 on a clean folder', async () => {
    const io = captureIo(fixtures);
    expect(await runCli(['lint', 'valid'], io)).toBe(0);
    expect(io.stdout).toEqual(['1 scenario, 0 errors, 0 warnings']);
  });

  it('new writes a scenario from the template that passes lint, and refuses to overwrite it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'doorway-new-'));
    temps.push(dir);
    const io = captureIo(dir);
    expect(await runCli(['new', 'street-outreach', '--dir', dir], io)).toBe(0);
    const text = readFileSync(join(dir, 'street-outreach.yaml'), 'utf8');
    expect(text).toMatch(/^id: street-outreach +#/m);
    expect(text).toMatch(/^title: Street outreach$/m);
    expect(io.stdout[io.stdout.length - 1]).toBe('1 scenario, 0 errors, 0 warnings');
    const again = captureIo(dir);
    expect(await runCli(['new', 'street-outreach', '--dir', dir], again)).toBe(1);
    expect(again.stderr[0]).toContain('already exists');
  });

  it('new rejects an id that is not lower-case words joined by hyphens', async () => {
    const io = captureIo(fixtures);
    expect(await runCli(['new', 'Street_Outreach'], io)).toBe(2);
  });

  it('play --choices plays the options by number, with coach feedback and the debrief', async () => {
    const io = captureIo(fixtures);
    expect(await runCli(['play', 'valid/scenarios/mini.yaml', '--choices', '2'], io)).toBe(0);
    expect(io.stdout).toContain('Sam: Hi.');
    expect(io.stdout).toContain('  2. My name is Alex. You decide what we talk about.');
    expect(io.stdout).toContain('> You: My name is Alex. You decide what we talk about.');
    expect(io.stdout).toContain('  -> best: Naming your role and handing over control builds trust.');
    expect(io.stdout).toContain('Ending: Done (positive)');
    expect(io.stdout).toContain('Overall: 100 / 100 (pass at 80): PASSED');
  });

  it('play shows the best alternative after a harmful choice and fails the run', async () => {
    const io = captureIo(fixtures);
    expect(
      await runCli(['play', 'valid/scenarios/mini.yaml', '--choices', '1', '--mode', 'practice'], io),
    ).toBe(0);
    expect(io.stdout.some((l) => l.startsWith('  -> '))).toBe(false);
    expect(io.stdout).toContain('Overall: 0 / 100 (pass at 80): NOT PASSED');
    expect(io.stdout).toContain('     Best: "My name is Alex. You decide what we talk about."');
  });

  it('play reads answers interactively and re-asks on a wrong one', async () => {
    const io = captureIo(fixtures, ['7', '2']);
    expect(await runCli(['play', 'valid/scenarios/mini.yaml'], io)).toBe(0);
    expect(io.stdout).toContain('Type a number from 1 to 3, or q.');
    expect(io.stdout).toContain('Ending: Done (positive)');
  });

  it('play rejects a scripted option that does not exist, and an unknown scenario', async () => {
    const io = captureIo(fixtures);
    expect(await runCli(['play', 'valid/scenarios/mini.yaml', '--choices', '5'], io)).toBe(2);
    expect(io.stderr).toContain('doorway play: "5" is not one of the options 1-3');
    const unknown = captureIo(fixtures);
    expect(await runCli(['play', 'no-such-scenario'], unknown)).toBe(1);
    expect(unknown.stderr[0]).toMatch(/^doorway: no scenario "no-such-scenario"/);
  });

  it('analyze prints endings with shortest paths, the best path and the score bounds', async () => {
    const io = captureIo(fixtures);
    expect(await runCli(['analyze', 'valid/scenarios/mini.yaml'], io)).toBe(0);
    expect(io.stdout).toContain('Beats: 1 of 1 reachable');
    expect(io.stdout).toContain('Dead ends: none');
    expect(io.stdout).toContain('  done (positive): reachable, shortest path 1 decisions: hello/demand');
    expect(io.stdout).toContain('Best path: 1 decisions, ends at done');
    expect(io.stdout).toContain('  choice: -1..2, best path 2');
    expect(io.stdout).toContain('Paths: 3');
    expect(io.stdout).toContain('  always the longest: fails (score 0, ending done, positive)');
    expect(io.stdout).toContain('  always the shortest: fails (score 33, ending done, positive)');
    expect(io.stdout).toContain('  best option is the longest: 0 of 1 decisions (0%, at most 40%)');
    expect(io.stdout).toContain('  best option words: median 10 (under 40), max 10 (at most 70)');
  });

  it('graph prints Mermaid by default and DOT on request', async () => {
    const mermaid = captureIo(fixtures);
    expect(await runCli(['graph', 'valid/scenarios/mini.yaml'], mermaid)).toBe(0);
    expect(mermaid.stdout[0]).toBe('flowchart TD');
    expect(mermaid.stdout.join('\n')).toContain('b_hello -->|introduce| e_done');
    const dot = captureIo(fixtures);
    expect(await runCli(['graph', 'valid/scenarios/mini.yaml', '--format', 'dot'], dot)).toBe(0);
    expect(dot.stdout.join('\n')).toContain('"hello" -> "done" [label="introduce"];');
    expect(await runCli(['graph', 'valid/scenarios/mini.yaml', '--format', 'png'], captureIo(fixtures))).toBe(
      2,
    );
  });

  it('turns an unexpected exception into a message and exit code 70, not a stack trace', async () => {
    const io = captureIo(fixtures);
    const boom = {
      summary: 's',
      usage: 'Usage: doorway boom',
      run: async () => Promise.reject(new Error('kaput')),
    };
    expect(await runCli(['boom'], io, { boom })).toBe(70);
    expect(io.stderr[0]).toBe('doorway boom: internal error: kaput');
  });

  it('sources lists the ids to cite, filtered by every word given', async () => {
    const io = captureIo(fixtures);
    expect(await runCli(['sources', 'another', 'victim'], io)).toBe(0);
    expect(io.stdout).toEqual([
      'Guidance (seed documents):',
      '  interp-3  Never ask another victim to interpret.  [001, Interpreters]',
    ]);
    const none = captureIo(fixtures);
    expect(await runCli(['sources', 'zzzz'], none)).toBe(1);
  });

  it('lint --json prints the report as JSON for tools', async () => {
    const io = captureIo(fixtures);
    expect(await runCli(['lint', '--json', 'broken/references.yaml'], io)).toBe(1);
    const report = JSON.parse(io.stdout.join('\n'));
    expect(report).toMatchObject({ files: 1, errors: 4, warnings: 0 });
    expect(report.problems[0]).toMatchObject({
      line: 30,
      col: 19,
      path: ['phases', 'opening', 'beats', 'hello', 'choices', 0, 'next'],
      severity: 'error',
      rule: 'unknown-target',
    });
  });
});
