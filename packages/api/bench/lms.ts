import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createRegistry } from '@doorway/scenarios';
import { buildLmsPackage } from '../src/lms/build-lms-package';

/**
 * The size of LMS packages (it builds the LMS player bundle first, as `pnpm --filter @doorway/web build:lms`
 * does, so a fresh clone can run `pnpm bench`): the zip as written,
 * and every file gzipped as a web server would send it. Target: under 250 KB gzip per package.
 *
 * @example
 * console.log(await runLmsBench());
 */
export async function runLmsBench(): Promise<string> {
  const root = resolve(import.meta.dirname, '../../..');
  const webDir = join(root, 'packages/web');
  const bundleDir = join(webDir, 'dist-lms');
  // Always rebuild: a bundle left from an older tree would measure old code.
  execFileSync('pnpm', ['exec', 'vite', 'build', '--logLevel', 'warn', '-c', 'vite.lms.config.ts'], {
    cwd: webDir,
    stdio: 'inherit',
  });
  const registry = createRegistry();
  const rows: string[] = [];
  for (const id of ['through-an-interpreter', 'first-contact']) {
    const entry = registry.get(id);
    if (!entry) continue;
    for (const format of ['scorm12', 'cmi5'] as const) {
      const { zip } = buildLmsPackage({ entry, format, mode: 'assessment', bundleDir });
      const { unzipSync } = await import('fflate');
      const files = unzipSync(zip);
      const gzip = Object.values(files).reduce((n, f) => n + gzipSync(f, { level: 9 }).length, 0);
      const raw = Object.values(files).reduce((n, f) => n + f.length, 0);
      const ok = gzip < 250 * 1024 ? '✓' : '✕';
      rows.push(
        `| ${id} (${format}) | ${(zip.length / 1024).toFixed(1)} KB | ${(gzip / 1024).toFixed(1)} KB (${(raw / 1024).toFixed(1)} KB raw, ${Object.keys(files).length} files) | under 250 KB ${ok} |`,
      );
    }
  }
  return [
    '## LMS packages',
    '',
    'One scenario per package: the player bundle, the scenario data and the manifest (`doorway package`).',
    '',
    '| package | zip | gzip per file (what a server sends) | target |',
    '|---|---|---|---|',
    ...rows,
  ].join('\n');
}
