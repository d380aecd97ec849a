import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without type declarations
import { checkSource } from '../../scripts/lint-architecture.mjs';
import { repoRoot } from '../support/server';

type Check = (file: string, text: string) => string[];
const check = checkSource as Check;

/** Runs the repo's real Biome configuration over files placed at the given repo paths in a scratch copy. */
function biomeLint(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'doorway-lint-'));
  try {
    cpSync(join(repoRoot, 'biome.json'), join(dir, 'biome.json'));
    cpSync(join(repoRoot, 'lint'), join(dir, 'lint'), { recursive: true });
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    try {
      execFileSync(join(repoRoot, 'node_modules/.bin/biome'), ['lint', '--max-diagnostics=200', '.'], {
        cwd: dir,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      return '';
    } catch (error) {
      const e = error as { stdout?: string; stderr?: string };
      return `${e.stdout ?? ''}${e.stderr ?? ''}`;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('engine purity rules (Biome)', () => {
  let out = '';
  beforeAll(() => {
    out = biomeLint({
      'packages/engine/src/impure.ts': [
        "import { readFileSync } from 'node:fs';",
        "import { Hono } from 'hono';",
        "import { useState } from 'react';",
        'export const roll = () => Math.random();',
        'export const now = () => Date.now();',
        'export const later = (f: () => void) => setTimeout(f, 1);',
        "export const get = () => fetch('/x');",
        'export const used = [readFileSync, Hono, useState];',
      ].join('\n'),
      'packages/engine/src/index.ts': "export * from './impure';\n",
      // The same code outside the engine is allowed (except `export *`, which no package entry may use).
      'packages/api/src/fine.ts':
        'export const roll = () => Math.random();\nexport const now = () => Date.now();\n',
    });
  });

  it.each([
    ['node: modules', 'The engine is pure: no Node modules'],
    ['Hono', 'The engine is pure: no HTTP'],
    ['React', 'The engine is pure: no React'],
    ['Math.random', 'The engine never uses Math.random'],
    ['Date', 'The engine never reads the clock'],
    ['setTimeout', 'The engine has no timers'],
    ['fetch', 'The engine never does I/O'],
  ])('rejects %s in packages/engine', (_what, message) => {
    expect(out).toContain(message);
  });

  it('rejects export * in a package entry', () => {
    expect(out).toMatch(/packages\/engine\/src\/index\.ts[\s\S]*noReExportAll/);
  });

  it('allows the same calls outside the engine', () => {
    expect(out).not.toContain('packages/api/src/fine.ts');
  });
});

describe('dependency direction and feature isolation (scripts/lint-architecture.mjs)', () => {
  it('rejects one web feature importing another', () => {
    const problems = check(
      'packages/web/src/features/player/Player.tsx',
      "import { Chart } from '../debrief/Chart';\n",
    );
    expect(problems).toEqual([
      expect.stringContaining('web features must not import each other (player → debrief)'),
    ]);
  });

  it('allows a feature to import shared components and its own files', () => {
    const text = "import { Button } from '../../components/Button';\nimport { Line } from './Line';\n";
    expect(check('packages/web/src/features/player/Player.tsx', text)).toEqual([]);
  });

  it('rejects the engine importing an upper layer', () => {
    const problems = check(
      'packages/engine/src/compile.ts',
      "import { createRegistry } from '@doorway/scenarios';\n",
    );
    expect(problems.join('\n')).toContain('packages/engine must not import @doorway/scenarios');
  });

  it('rejects the engine importing a package other than xstate and zod', () => {
    expect(check('packages/engine/src/x.ts', "import _ from 'lodash';\n").join('\n')).toContain(
      'the engine imports only xstate, zod',
    );
  });

  it('rejects scenarios importing the api, and the api importing the web', () => {
    expect(check('packages/scenarios/src/a.ts', "import { createApp } from '@doorway/api';\n")).toHaveLength(
      1,
    );
    expect(check('packages/api/src/a.ts', "import { App } from '@doorway/web';\n")).toHaveLength(1);
  });

  it('lets the web import only types from the engine and the api', () => {
    expect(check('packages/web/src/lib/a.ts', "import type { View } from '@doorway/engine';\n")).toEqual([]);
    expect(
      check('packages/web/src/lib/a.ts', "import { startRun } from '@doorway/engine';\n").join('\n'),
    ).toContain('use `import type`');
  });

  it('lets the web import the typed client at run time, and nothing else of the api', () => {
    expect(
      check('packages/web/src/lib/a.ts', "import { createClient } from '@doorway/api/client';\n"),
    ).toEqual([]);
    expect(check('packages/web/src/lib/a.ts', "import { createApp } from '@doorway/api';\n")).toHaveLength(1);
    expect(
      check('packages/web/src/lib/a.ts', "import { testApp } from '@doorway/api/testing';\n"),
    ).toHaveLength(1);
  });

  it('keeps server code out of the client entry: it imports only its own folder at run time', () => {
    expect(
      check('packages/api/src/client.ts', "export { createClient } from './client/create-client';\n"),
    ).toEqual([]);
    expect(
      check('packages/api/src/client/a.ts', "import type { ApiError } from '../errors/api-error';\n"),
    ).toEqual([]);
    expect(
      check('packages/api/src/client/a.ts', "import { ApiError } from '../errors/api-error';\n").join('\n'),
    ).toContain('import it as a type');
    expect(check('packages/api/src/client.ts', "export { createApp } from './app';\n")).toHaveLength(1);
  });

  it('lets only the authoring feature run the pure checker (engine, scenarios/browser) in the browser', () => {
    const worker = 'packages/web/src/features/authoring/checker/a.ts';
    expect(check(worker, "import { lintText } from '@doorway/scenarios/browser';\n")).toEqual([]);
    expect(check(worker, "import { analyze } from '@doorway/engine';\n")).toEqual([]);
    expect(check(worker, "import { createRegistry } from '@doorway/scenarios';\n")).toHaveLength(1);
    expect(
      check(
        'packages/web/src/features/player/a.ts',
        "import { lintText } from '@doorway/scenarios/browser';\n",
      ),
    ).toHaveLength(1);
  });

  it('passes on the repository as it is', () => {
    const out = execFileSync(process.execPath, [join(repoRoot, 'scripts/lint-architecture.mjs')], {
      encoding: 'utf8',
    });
    expect(out).toContain('architecture: ok');
  });
});
