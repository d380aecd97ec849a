import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Mode, ModeSchema } from '@doorway/engine';
import { createRegistry } from '@doorway/scenarios';
import { buildLmsPackage, type LmsFormat } from '../lms/build-lms-package';

const USAGE = `usage: doorway package <scenario-id> --format scorm12|cmi5 --out FILE.zip
         [--mode coach|practice|assessment] (default assessment)
         [--lrs-origin https://lms.example] (cmi5: the LMS/LRS origin when it is not the package's own; repeatable)
         [--activity-id IRI] (cmi5: the AU id)  [--rebuild] (build the player bundle again)`;

/**
 * Runs `doorway package …`: builds (or reuses) the LMS player bundle and writes one scenario's
 * SCORM 1.2 or cmi5 zip. Returns the exit code; a course id is not supported yet.
 *
 * @example
 * await packageMain(['first-contact', '--format', 'scorm12', '--out', 'first-contact.zip']);
 */
export async function packageMain(args: string[]): Promise<number> {
  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
  const positional: string[] = [];
  const flags = new Map<string, string[]>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '--rebuild') flags.set('rebuild', ['']);
    else if (a.startsWith('--')) flags.set(a.slice(2), [...(flags.get(a.slice(2)) ?? []), args[++i] ?? '']);
    else positional.push(a);
  }
  const fail = (message: string) => {
    process.stderr.write(`doorway package: ${message}\n${USAGE}\n`);
    return 2;
  };
  const [id] = positional;
  const format = flags.get('format')?.[0];
  const out = flags.get('out')?.[0];
  const mode = ModeSchema.safeParse(flags.get('mode')?.[0] ?? 'assessment');
  if (!id) return fail('name a scenario id (see `doorway analyze`).');
  if (format !== 'scorm12' && format !== 'cmi5') return fail('--format must be scorm12 or cmi5.');
  if (!out) return fail('--out FILE.zip is required.');
  if (!mode.success) return fail('--mode must be coach, practice or assessment.');
  const registry = createRegistry();
  const entry = registry.get(id);
  if (!entry) {
    const known = registry
      .list()
      .map((e) => e.id)
      .join(', ');
    return fail(`no scenario "${id}" (course packages are not supported yet). Known: ${known}.`);
  }
  const bundleDir = resolve(repoRoot, 'packages/web/dist-lms');
  if (flags.has('rebuild') || !existsSync(resolve(bundleDir, 'index.html'))) {
    process.stderr.write('doorway package: building the player bundle (packages/web/dist-lms)…\n');
    execFileSync('pnpm', ['--filter', '@doorway/web', 'build:lms'], { cwd: repoRoot, stdio: 'inherit' });
  }
  const { zip, files } = buildLmsPackage({
    entry,
    format: format as LmsFormat,
    mode: mode.data as Mode,
    bundleDir,
    lrsOrigins: flags.get('lrs-origin') ?? [],
    activityId: flags.get('activity-id')?.[0],
  });
  writeFileSync(out, zip);
  process.stdout.write(
    `${out}: ${format} package of ${entry.id} ${entry.version} (${mode.data} mode, content ${entry.contentHash.slice(0, 12)}), ${files.length} files, ${(zip.length / 1024).toFixed(1)} KB\n`,
  );
  return 0;
}
