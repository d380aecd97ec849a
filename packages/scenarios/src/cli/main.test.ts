import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The real process: arguments, piped standard input, exit codes (run-cli.test.ts covers the commands).
const main = fileURLToPath(new URL('./main.ts', import.meta.url));
const repo = fileURLToPath(new URL('../../../../', import.meta.url));
const fixture = fileURLToPath(new URL('../fixtures', import.meta.url));

function doorway(args: string[], input = '') {
  const r = spawnSync(process.execPath, ['--import', 'tsx', main, ...args], {
    cwd: repo,
    input,
    encoding: 'utf8',
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('doorway (process)', () => {
  it('plays a scenario from answers piped on standard input', () => {
    const r = doorway(['play', `${fixture}/valid/scenarios/mini.yaml`, '--mode', 'assessment'], '2\n');
    expect(r.stdout).toContain('Overall: 100 / 100 (pass at 80): PASSED');
    expect(r.status).toBe(0);
  });

  it('exits 1 when lint finds errors, and 2 on a usage error', () => {
    const lint = doorway(['lint', `${fixture}/broken/references.yaml`]);
    expect(lint.stdout.trim().split('\n').pop()).toBe('1 scenario, 4 errors, 0 warnings');
    expect(lint.status).toBe(1);
    expect(doorway(['play', 'x', '--mode', 'exam']).status).toBe(2);
  });
});
