import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type CompiledScenario,
  compileScenario,
  LmsPackageSchema,
  type Mode,
  RubricSchema,
  ScenarioSchema,
} from '@doorway/engine';
import type { Kysely } from 'kysely';
import type { Database } from '../storage/schema';
import { bundleAssets, type LmsFormat, packageCsp, playerPage, zipFiles } from './build-lms-package';
import { type CourseManifestItem, cmi5CourseManifest, scorm12CourseManifest } from './course-manifests';

/** One scenario step as a course package plays it: the pinned scenario, compiled, and the step's rule. */
export interface CoursePackageStep {
  stepId: string;
  compiled: CompiledScenario;
  contentHash: string;
  mode: Mode;
  /** The lowest passing score for a score rule; undefined for a completion rule (or none). */
  minScore: number | undefined;
}

/** What a course package needs; see `loadCoursePackageInput` for reading it from the database. */
export interface CoursePackageInput {
  courseId: string;
  title: string;
  description: string;
  steps: CoursePackageStep[];
  /** Workshop sessions of the course: they stay out of the package (the LMS cannot mark them). */
  skipped: string[];
}

/** Why a course cannot be packaged, as a value: no such course, or a course with no scenario step. */
export type CoursePackageProblem =
  | { kind: 'course_not_found' }
  | { kind: 'no_scenario_steps' }
  | { kind: 'step_not_packageable'; title: string };

/**
 * Reads a course for packaging: its scenario steps in order, each on the scenario version it pins (from
 * scenario_versions, by content hash, so a newer version served by the catalog changes nothing), compiled.
 * `orgId` limits it to one organisation (the web route); the CLI passes undefined.
 *
 * @example
 * const input = await loadCoursePackageInput(db, 'org_default', courseId);
 */
export async function loadCoursePackageInput(
  db: Kysely<Database>,
  orgId: string | undefined,
  courseId: string,
): Promise<{ ok: true; value: CoursePackageInput } | { ok: false; error: CoursePackageProblem }> {
  let q = db.selectFrom('courses').selectAll().where('id', '=', courseId);
  if (orgId !== undefined) q = q.where('organisation_id', '=', orgId);
  const course = await q.executeTakeFirst();
  if (!course) return { ok: false, error: { kind: 'course_not_found' } };
  const rows = await db
    .selectFrom('course_steps')
    .leftJoin('scenario_versions', (j) =>
      j
        .onRef('scenario_versions.scenario_id', '=', 'course_steps.scenario_id')
        .onRef('scenario_versions.content_hash', '=', 'course_steps.content_hash'),
    )
    .select([
      'course_steps.id',
      'course_steps.kind',
      'course_steps.title',
      'course_steps.mode',
      'course_steps.pass_rule',
      'course_steps.pass_score',
      'course_steps.content_hash',
      'scenario_versions.scenario_json',
      'scenario_versions.rubric_json',
    ])
    .where('course_steps.course_id', '=', course.id)
    .orderBy('course_steps.position')
    .execute();
  const steps: CoursePackageStep[] = [];
  const skipped: string[] = [];
  for (const row of rows) {
    if (row.kind !== 'scenario' || !row.scenario_json || !row.rubric_json || !row.content_hash) {
      skipped.push(row.title);
      continue;
    }
    // A package pins its scenario by the registry's sha-256; a version stored without one cannot be packaged.
    if (!/^[0-9a-f]{64}$/.test(row.content_hash))
      return { ok: false, error: { kind: 'step_not_packageable', title: row.title } };
    const scenario = ScenarioSchema.parse(JSON.parse(row.scenario_json));
    const rubric = RubricSchema.parse(JSON.parse(row.rubric_json));
    steps.push({
      stepId: row.id,
      compiled: compileScenario(scenario, rubric),
      contentHash: row.content_hash,
      mode: row.mode ?? 'practice',
      minScore: row.pass_rule === 'score' ? (row.pass_score ?? 0) : undefined,
    });
  }
  if (steps.length === 0) return { ok: false, error: { kind: 'no_scenario_steps' } };
  return {
    ok: true,
    value: { courseId: course.id, title: course.title, description: course.description, steps, skipped },
  };
}

/** Whether the built player (packages/web/dist-lms) is there to package. */
export function playerBuilt(bundleDir: string): boolean {
  return existsSync(join(bundleDir, 'index.html'));
}

/**
 * A whole course as one LMS package: a page per scenario step (`step-1.html`, … in course order) sharing the
 * player's script and style, each with its pinned scenario and the step's rule (a score rule becomes the pass
 * mark and the manifest's mastery score; completion reports `completed` only), and one manifest listing one SCO
 * (SCORM 1.2) or AU (cmi5) per step. Workshop sessions are left out. Throws when the player was not built.
 *
 * @example
 * const { zip, files } = buildCoursePackage({ input, format: 'scorm12', bundleDir });
 */
export function buildCoursePackage(options: {
  input: CoursePackageInput;
  format: LmsFormat;
  bundleDir: string;
  lrsOrigins?: string[];
  /** cmi5: the course's activity id (an IRI); AUs are `<it>/step-<n>`. */
  activityId?: string | undefined;
}): { zip: Uint8Array; files: string[] } {
  const { input, format, bundleDir } = options;
  if (!playerBuilt(bundleDir))
    throw new Error(`no player bundle at ${bundleDir}: run pnpm --filter @doorway/web build:lms`);
  const indexHtml = readFileSync(join(bundleDir, 'index.html'), 'utf8');
  const csp = packageCsp(format, options.lrsOrigins ?? []);
  const courseActivityId = options.activityId ?? `urn:doorway:course:${input.courseId}`;
  const files: Record<string, Uint8Array> = { ...bundleAssets(bundleDir) };
  const items: CourseManifestItem[] = [];
  for (const [i, step] of input.steps.entries()) {
    const key = `step-${i + 1}`;
    const scenario = step.compiled.scenario;
    const activityId = `${courseActivityId}/${key}`;
    // The step's score rule is the pass mark the engine (and so the package) applies.
    const packaged = step.minScore === undefined ? scenario : { ...scenario, passThreshold: step.minScore };
    const data = LmsPackageSchema.parse({
      format,
      contentHash: step.contentHash,
      mode: step.mode,
      scenario: packaged,
      rubric: step.compiled.rubric,
      bounds: step.compiled.bounds,
      activityId: format === 'cmi5' ? activityId : undefined,
      completionOnly: step.minScore === undefined ? true : undefined,
    });
    files[`${key}.html`] = new TextEncoder().encode(playerPage(indexHtml, data, csp));
    items.push({
      key,
      title: `${i + 1}. ${scenario.title}`,
      description: scenario.summary,
      href: `${key}.html`,
      masteryScore: step.minScore,
      activityId,
    });
  }
  const list = Object.keys(files).sort();
  const manifest = {
    courseId: input.courseId,
    title: input.title,
    description: input.description,
    items,
    files: list,
  };
  const manifestName = format === 'scorm12' ? 'imsmanifest.xml' : 'cmi5.xml';
  files[manifestName] = new TextEncoder().encode(
    format === 'scorm12'
      ? scorm12CourseManifest(manifest)
      : cmi5CourseManifest({ ...manifest, courseActivityId }),
  );
  return { zip: zipFiles(files), files: [...list, manifestName].sort() };
}
