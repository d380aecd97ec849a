import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without type declarations
import * as cycles from '../../scripts/import-cycles.mjs';
import { repoRoot } from '../support/server';

type Graph = Map<string, string[]>;
const { findCycles, importsOf, repoGraph } = cycles as {
  findCycles: (graph: Graph) => string[][];
  importsOf: (file: string, text: string, fileExists?: (path: string) => boolean) => string[];
  repoGraph: (base?: string) => Graph;
};

// scripts/import-cycles.mjs (run by `pnpm lint`): no file of the repository imports itself through others.

describe('import cycles', () => {
  it('finds none in the repository (packages, tests, scripts; type-only imports included)', () => {
    const graph = repoGraph(repoRoot);
    // The walk really sees the repository: the client entry and its imports are in it.
    expect(graph.get('packages/api/src/client.ts')).toContain('packages/api/src/client/create-client.ts');
    expect(findCycles(graph)).toEqual([]);
  });

  it('reports a cycle with the files around it, and a file importing itself', () => {
    const graph: Graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts', 'd.ts']],
      ['d.ts', []],
      ['e.ts', ['e.ts']],
    ]);
    expect(findCycles(graph)).toEqual(
      expect.arrayContaining([
        ['a.ts', 'b.ts', 'c.ts', 'a.ts'],
        ['e.ts', 'e.ts'],
      ]),
    );
    expect(
      findCycles(
        new Map([
          ['a.ts', ['b.ts']],
          ['b.ts', []],
        ]),
      ),
    ).toEqual([]);
  });

  it('follows type-only, re-export, `.js` and dynamic specifiers, and skips packages', () => {
    const files = new Set(['/r/src/b.ts', '/r/src/c.tsx', '/r/src/d/index.ts', '/r/src/e.ts', '/r/src/f.ts']);
    const text = [
      "import type { B } from './b';",
      "export { C } from './c';",
      "import { D } from './d';",
      "import { E } from './e.js';",
      "const f = () => import('./f');",
      "import { z } from 'zod';",
    ].join('\n');
    expect(importsOf(join('/r/src', 'a.ts'), text, (p) => files.has(p)).sort()).toEqual([...files].sort());
  });
});
