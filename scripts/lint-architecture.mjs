#!/usr/bin/env node
// Architecture rules that Biome cannot express: which package may import which, and
// web features never importing each other. Biome enforces engine purity and `export *`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const IMPORT_RE = /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[^'"`;]*?\sfrom\s+)?['"]([^'"]+)['"]/g;
const DYNAMIC_RE = /import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Which workspace packages each package may import at run time (type-only imports are listed apart). */
const ALLOWED = {
  engine: { runtime: [], typeOnly: [] },
  scenarios: { runtime: ['@doorway/engine'], typeOnly: [] },
  api: { runtime: ['@doorway/engine', '@doorway/scenarios'], typeOnly: [] },
  web: { runtime: [], typeOnly: ['@doorway/engine', '@doorway/api'] },
};
/** The one entry of the API package the web app may import at run time: the typed client (no server code). */
const WEB_CLIENT_ENTRY = '@doorway/api/client';
/** That entry's files: at run time they import only each other, everything else as types. */
const CLIENT_FILES = /^packages\/api\/src\/(client\.ts|client\/[^/]+\.ts)$/;
/** Entries the web app's authoring feature may import at run time: pure, no Node modules. */
const BROWSER_SAFE = ['@doorway/engine', '@doorway/scenarios/browser'];
const ENGINE_EXTERNALS = ['xstate', 'zod', 'vitest', 'fast-check', '@xstate/graph'];

function packageOf(file) {
  const m = /^packages\/([^/]+)\//.exec(file);
  return m ? m[1] : null;
}

/**
 * Checks one source file and returns its violations as `file:line  message` strings.
 *
 * @example
 * checkSource('packages/web/src/features/player/Player.tsx', "import { X } from '../debrief/X';")
 * // → ["packages/web/src/features/player/Player.tsx:1  web features must not import each other ..."]
 */
export function checkSource(file, text) {
  const problems = [];
  const pkg = packageOf(file);
  const lineOf = (index) => text.slice(0, index).split('\n').length;
  const specs = [];
  for (const m of text.matchAll(IMPORT_RE)) {
    specs.push({ spec: m[3], typeOnly: Boolean(m[2]), line: lineOf(m.index + m[0].length - 1) });
  }
  for (const m of text.matchAll(DYNAMIC_RE))
    specs.push({ spec: m[1], typeOnly: false, line: lineOf(m.index) });

  for (const { spec, typeOnly, line } of specs) {
    const where = `${file}:${line}`;
    if (spec.startsWith('@doorway/') && pkg && ALLOWED[pkg]) {
      const name = spec.split('/').slice(0, 2).join('/');
      const rules = ALLOWED[pkg];
      // The authoring workspace checks drafts in the browser with the pure loader and engine (in a worker).
      const browserChecker =
        /^packages\/web\/src\/features\/authoring\//.test(file) && BROWSER_SAFE.includes(spec);
      // The LMS package's player (packages/web/src/lms, its own Vite entry) runs the engine itself:
      // it plays with no Doorway server. The web app's own routes still take engine types only.
      const lmsEngine = file.startsWith('packages/web/src/lms/') && name === '@doorway/engine';
      const ok =
        lmsEngine ||
        (pkg === 'web' && spec === WEB_CLIENT_ENTRY) ||
        rules.runtime.includes(name) ||
        (typeOnly && rules.typeOnly.includes(name)) ||
        browserChecker;
      if (!ok) {
        const hint = rules.typeOnly.includes(name)
          ? 'use `import type` (the web app takes only types from this package)'
          : `dependencies point one way (engine ← scenarios ← api; web uses engine and api types only)`;
        problems.push(`${where}  packages/${pkg} must not import ${spec}: ${hint}`);
      }
    }
    if (CLIENT_FILES.test(file) && !file.endsWith('.test.ts') && !typeOnly) {
      const target = relative(root, resolve(root, dirname(file), spec))
        .split(sep)
        .join('/');
      if (!spec.startsWith('.') || !/^packages\/api\/src\/client\//.test(`${target}/`)) {
        problems.push(
          `${where}  the web app's client entry imports ${spec} at run time: import it as a type, or the web bundle carries server code`,
        );
      }
    }
    if (pkg === 'engine' && !spec.startsWith('.') && !spec.startsWith('@doorway/')) {
      const base = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
      if (!ENGINE_EXTERNALS.includes(base)) {
        problems.push(
          `${where}  the engine imports only ${ENGINE_EXTERNALS.join(', ')}; move code that needs ${spec} to another package`,
        );
      }
    }
    const feature = /^packages\/web\/src\/features\/([^/]+)\//.exec(file)?.[1];
    if (feature && spec.startsWith('.')) {
      const target = relative(root, resolve(root, dirname(file), spec))
        .split(sep)
        .join('/');
      const other = /^packages\/web\/src\/features\/([^/]+)/.exec(target)?.[1];
      if (other && other !== feature) {
        problems.push(
          `${where}  web features must not import each other (${feature} → ${other}); move the shared piece to src/components or src/lib`,
        );
      }
    }
  }
  return problems;
}

function* sourceFiles(dir) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
    const full = join(dir, name);
    if (statSync(full).isDirectory()) yield* sourceFiles(full);
    else if (/\.(ts|tsx|mts|js|mjs)$/.test(name)) yield full;
  }
}

/** Checks every file under packages/*\/src and returns all violations. */
export function checkRepo(base = root) {
  const problems = [];
  for (const pkg of readdirSync(join(base, 'packages'))) {
    const src = join(base, 'packages', pkg, 'src');
    try {
      statSync(src);
    } catch {
      continue;
    }
    for (const file of sourceFiles(src)) {
      const rel = relative(base, file).split(sep).join('/');
      problems.push(...checkSource(rel, readFileSync(file, 'utf8')));
    }
  }
  return problems;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const problems = checkRepo();
  for (const p of problems) console.error(p);
  console.log(problems.length ? `architecture: ${problems.length} problem(s)` : 'architecture: ok');
  process.exit(problems.length ? 1 : 0);
}
