import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = dirname(fileURLToPath(import.meta.url));
const IMPORT = /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/g;

/** Every file reachable from `entry` by relative imports, and every bare module they import. */
function reach(entry: string) {
  const files = new Set<string>();
  const modules = new Map<string, string>();
  const walk = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      if (!spec) continue;
      if (spec.startsWith('.'))
        walk(normalize(join(dirname(file), spec.endsWith('.ts') ? spec : `${spec}.ts`)));
      else modules.set(spec, file);
    }
  };
  walk(join(src, entry));
  return { files, modules };
}

describe('the browser entry', () => {
  it('reaches no Node module, only the engine, yaml and zod', () => {
    const { files, modules } = reach('browser.ts');
    expect(files.size).toBeGreaterThan(5);
    const bare = [...modules.keys()].sort();
    expect(bare.filter((m) => !['@doorway/engine', 'yaml', 'zod'].includes(m))).toEqual([]);
  });

  it('the check fails on a file that needs Node (so it can fail)', () => {
    const { modules } = reach('index.ts');
    expect([...modules.keys()].some((m) => m.startsWith('node:'))).toBe(true);
  });
});
