import { join } from 'node:path';
import { buildLmsPackage, type LmsFormat } from '@doorway/api';
import type { Mode } from '@doorway/engine';
import { createRegistry } from '@doorway/scenarios';
import { unzipSync } from 'fflate';
import { repoRoot } from '../support/server';

const registry = createRegistry();

/**
 * Builds a package the way `doorway package` does (from packages/web/dist-lms, which the web build
 * makes) and unzips it in memory: path → bytes.
 *
 * @example
 * const files = packageFiles('first-contact', 'scorm12');
 */
export function packageFiles(
  scenarioId: string,
  format: LmsFormat,
  mode: Mode = 'assessment',
): { files: Record<string, Uint8Array>; zipBytes: number; contentHash: string } {
  const entry = registry.get(scenarioId);
  if (!entry) throw new Error(`no bundled scenario ${scenarioId}`);
  const { zip } = buildLmsPackage({
    entry,
    format,
    mode,
    bundleDir: join(repoRoot, 'packages/web/dist-lms'),
  });
  return { files: unzipSync(zip), zipBytes: zip.length, contentHash: entry.contentHash };
}

/** A content type for a package file. */
export function contentType(path: string): string {
  if (path.endsWith('.html')) return 'text/html; charset=utf-8';
  if (path.endsWith('.js')) return 'text/javascript; charset=utf-8';
  if (path.endsWith('.css')) return 'text/css; charset=utf-8';
  if (path.endsWith('.xml')) return 'application/xml';
  return 'application/octet-stream';
}
