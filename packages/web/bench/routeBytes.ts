import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One entry of Vite's `.vite/manifest.json`. */
interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

/** What a route costs to show: its JavaScript files and their sizes. */
export interface RouteBytes {
  files: string[];
  rawBytes: number;
  gzipBytes: number;
}

/**
 * The JavaScript a browser must load to show a route: the entry chunk, the route's lazy chunk, and
 * every chunk they import statically (what `import()` pulls in before the page renders), each once.
 *
 * @example
 * routeBytes('packages/web/dist', 'src/features/player/PlayerPage.tsx').gzipBytes;
 */
export function routeBytes(distDir: string, routeModule: string): RouteBytes {
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const entry = Object.entries(manifest).find(([, c]) => c.isEntry)?.[0];
  if (!entry) throw new Error('the Vite manifest has no entry chunk');
  if (!manifest[routeModule]) throw new Error(`the Vite manifest has no chunk for ${routeModule}`);
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const dep of manifest[key]?.imports ?? []) visit(dep);
  };
  visit(entry);
  visit(routeModule);
  const files = [...seen].flatMap((k) => (manifest[k] ? [manifest[k].file] : []));
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const bytes = readFileSync(join(distDir, file));
    rawBytes += bytes.length;
    gzipBytes += gzipSync(bytes, { level: 9 }).length;
  }
  return { files, rawBytes, gzipBytes };
}
