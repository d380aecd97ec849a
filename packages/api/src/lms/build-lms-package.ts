import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { type LmsPackage, LmsPackageSchema, type Mode } from '@doorway/engine';
import type { RegistryEntry } from '@doorway/scenarios';
import { zipSync } from 'fflate';
import { cmi5Manifest, scorm12Manifest } from './manifests';

export type LmsFormat = 'scorm12' | 'cmi5';

export interface LmsPackageOptions {
  entry: RegistryEntry;
  format: LmsFormat;
  mode: Mode;
  /** The built player (packages/web/dist-lms). */
  bundleDir: string;
  /** cmi5 only: the LMS/LRS origins the player may call besides its own (for `connect-src`). */
  lrsOrigins?: string[];
  /** cmi5 only: the AU's activity id (an IRI); defaults to a urn naming the scenario and hash. */
  activityId?: string | undefined;
}

/**
 * The Content-Security-Policy of a package page: everything from the package itself, nothing else;
 * SCORM talks to its LMS through JavaScript objects (no network), cmi5 only to its LMS and LRS.
 *
 * @example
 * packageCsp('scorm12', []) // => "default-src 'self'; ... connect-src 'none'; ..."
 */
export function packageCsp(format: LmsFormat, lrsOrigins: string[]): string {
  const connect = format === 'scorm12' ? "'none'" : ["'self'", ...lrsOrigins].join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${connect}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...filesUnder(full));
    else out.push(full);
  }
  return out;
}

/**
 * The files of an LMS package: the built player with the scenario, rubric and score bounds put into
 * its index.html (pinned by the registry's content hash), the CSP meta, and the manifest. Returns the
 * zip bytes and the file list. Throws when the player was not built (a set-up error, not input).
 *
 * @example
 * const { zip } = buildLmsPackage({ entry: registry.get('first-contact')!, format: 'scorm12', mode: 'assessment', bundleDir });
 */
export function buildLmsPackage(options: LmsPackageOptions): { zip: Uint8Array; files: string[] } {
  const { entry, format, mode, bundleDir } = options;
  const indexFile = join(bundleDir, 'index.html');
  if (!existsSync(indexFile))
    throw new Error(`no player bundle at ${bundleDir}: run pnpm --filter @doorway/web build:lms`);
  const activityId = options.activityId ?? `urn:doorway:au:${entry.id}:${entry.contentHash.slice(0, 16)}`;
  const data: LmsPackage = LmsPackageSchema.parse({
    format,
    contentHash: entry.contentHash,
    mode,
    scenario: entry.scenario,
    rubric: entry.compiled.rubric,
    bounds: entry.compiled.bounds,
    activityId: format === 'cmi5' ? activityId : undefined,
  });
  // `<` escaped so no text in the scenario can close the script element.
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  const html = readFileSync(indexFile, 'utf8')
    .replace(
      '<!--doorway:csp-->',
      `<meta http-equiv="Content-Security-Policy" content="${packageCsp(format, options.lrsOrigins ?? [])}" />`,
    )
    .replace(
      '<!--doorway:data-->',
      `<script type="application/json" id="doorway-package" data-content-hash="${entry.contentHash}">${json}</script>`,
    );
  const files: Record<string, Uint8Array> = { 'index.html': new TextEncoder().encode(html) };
  for (const full of filesUnder(bundleDir)) {
    const rel = relative(bundleDir, full).split(sep).join('/');
    if (rel === 'index.html' || rel.endsWith('.map') || rel.startsWith('.vite/')) continue;
    files[rel] = readFileSync(full);
  }
  const list = Object.keys(files).sort();
  const manifest = {
    scenarioId: entry.id,
    version: entry.version,
    title: entry.scenario.title,
    description: entry.scenario.summary,
    passThreshold: entry.scenario.passThreshold,
    files: list,
  };
  const manifestName = format === 'scorm12' ? 'imsmanifest.xml' : 'cmi5.xml';
  const manifestXml =
    format === 'scorm12' ? scorm12Manifest(manifest) : cmi5Manifest({ ...manifest, activityId });
  files[manifestName] = new TextEncoder().encode(manifestXml);
  // A fixed date keeps the zip byte-for-byte the same for the same input.
  const zip = zipSync(
    Object.fromEntries(
      Object.entries(files).map(([k, v]) => [k, [v, { mtime: new Date('2026-01-01T00:00:00Z') }]]),
    ),
    { level: 9 },
  );
  return { zip, files: [...list, manifestName].sort() };
}
