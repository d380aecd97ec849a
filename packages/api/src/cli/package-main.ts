import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Mode, ModeSchema } from '@doorway/engine';
import { createRegistry } from '@doorway/scenarios';
import { parseEnv } from '../env';
import { buildCoursePackage, loadCoursePackageInput } from '../lms/build-course-package';
import { buildLmsPackage, type LmsFormat } from '../lms/build-lms-package';
import { openStorageFromConfig } from '../storage/open-from-config';

const USAGE = `usage: doorway package <scenario-id or course-id> --format scorm12|cmi5 --out FILE.zip
         [--mode coach|practice|assessment] (a scenario; default assessment. A course uses each step's mode)
         [--lrs-origin https://lms.example] (cmi5: the LMS/LRS origin when it is not the package's own; repeatable)
         [--activity-id IRI] (cmi5: the AU id)  [--rebuild] (build the player bundle again)`;

/**
 * Runs `doorway package …`: builds (or reuses) the LMS player bundle and writes one scenario's SCORM 1.2 or
 * cmi5 zip, or, for a course id (looked up in the server's database: DATABASE_URL or DATA_DIR), the whole
 * course with one SCO/AU per scenario step on the version it pins. Returns the exit code.
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
  const bundleDir = resolve(repoRoot, 'packages/web/dist-lms');
  const ensureBundle = () => {
    if (flags.has('rebuild') || !existsSync(resolve(bundleDir, 'index.html'))) {
      process.stderr.write('doorway package: building the player bundle (packages/web/dist-lms)…\n');
      execFileSync('pnpm', ['--filter', '@doorway/web', 'build:lms'], { cwd: repoRoot, stdio: 'inherit' });
    }
  };
  if (!entry) return packageCourse(id, format, out, { bundleDir, ensureBundle, repoRoot, flags, registry });
  ensureBundle();
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

/** `doorway package <course-id>`: the course from the server's database, one SCO/AU per scenario step. */
async function packageCourse(
  id: string,
  format: LmsFormat,
  out: string,
  ctx: {
    bundleDir: string;
    ensureBundle: () => void;
    repoRoot: string;
    flags: Map<string, string[]>;
    registry: ReturnType<typeof createRegistry>;
  },
): Promise<number> {
  const known = ctx.registry
    .list()
    .map((e) => e.id)
    .join(', ');
  const env = parseEnv(process.env, ctx.repoRoot);
  if (!env.ok) {
    process.stderr.write(`doorway package: the environment has bad values.\n  ${env.error.join('\n  ')}\n`);
    return 2;
  }
  const storage = openStorageFromConfig(env.value);
  try {
    await storage.migrate();
    const input = await loadCoursePackageInput(storage.db, undefined, id);
    if (!input.ok) {
      const why =
        input.error.kind === 'course_not_found'
          ? `no scenario or course "${id}" (courses are read from ${env.value.DATABASE_URL ? 'DATABASE_URL' : `${env.value.dataDir}/doorway.sqlite`}; set DATABASE_URL or DATA_DIR to the server's). Scenarios: ${known}.`
          : input.error.kind === 'step_not_packageable'
            ? `step "${input.error.title}" of course "${id}" pins a scenario version without a content hash; move the course to the newest versions first.`
            : `course "${id}" has no scenario step to package (workshop sessions cannot play in an LMS).`;
      process.stderr.write(`doorway package: ${why}\n${USAGE}\n`);
      return 2;
    }
    ctx.ensureBundle();
    const { zip, files } = buildCoursePackage({
      input: input.value,
      format,
      bundleDir: ctx.bundleDir,
      lrsOrigins: ctx.flags.get('lrs-origin') ?? [],
      activityId: ctx.flags.get('activity-id')?.[0],
    });
    writeFileSync(out, zip);
    const left = input.value.skipped.length
      ? ` Left out (workshop sessions, not playable in an LMS): ${input.value.skipped.join(', ')}.`
      : '';
    process.stdout.write(
      `${out}: ${format} package of the course "${input.value.title}", ${input.value.steps.length} scenario step(s), ${files.length} files, ${(zip.length / 1024).toFixed(1)} KB.${left}\n`,
    );
    return 0;
  } finally {
    await storage.close();
  }
}
