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
  const html = playerPage(
    readFileSync(indexFile, 'utf8'),
    data,
    packageCsp(format, options.lrsOrigins ?? []),
  );
  const files: Record<string, Uint8Array> = {
    'index.html': new TextEncoder().encode(html),
    ...bundleAssets(bundleDir),
  };
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
  return { zip: zipFiles(files), files: [...list, manifestName].sort() };
}

/**
 * The player's index.html with a package's data and CSP put in (`<` escaped so no text in a scenario can
 * close the script element).
 *
 * @example
 * const html = playerPage(readFileSync('dist-lms/index.html', 'utf8'), data, packageCsp('scorm12', []));
 */
export function playerPage(indexHtml: string, data: LmsPackage, csp: string): string {
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return indexHtml
    .replace('<!--doorway:csp-->', `<meta http-equiv="Content-Security-Policy" content="${csp}" />`)
    .replace(
      '<!--doorway:data-->',
      `<script type="application/json" id="doorway-package" data-content-hash="${data.contentHash}">${json}</script>`,
    );
}

/** The built player's files but index.html (scripts, styles), by their path in the package. */
export function bundleAssets(bundleDir: string): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  for (const full of filesUnder(bundleDir)) {
    const rel = relative(bundleDir, full).split(sep).join('/');
    if (rel === 'index.html' || rel.endsWith('.map') || rel.startsWith('.vite/')) continue;
    files[rel] = readFileSync(full);
  }
  return files;
}

/** Zips files; a fixed date keeps the zip byte-for-byte the same for the same input. */
export function zipFiles(files: Record<string, Uint8Array>): Uint8Array {
  return zipSync(
    Object.fromEntries(
      Object.entries(files).map(([k, v]) => [k, [v, { mtime: new Date('2026-01-01T00:00:00Z') }]]),
    ),
    { level: 9 },
  );
}
