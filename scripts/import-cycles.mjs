#!/usr/bin/env node
// Finds import cycles among the repository's own files: every relative `import`/`export … from`, type-only
// ones included (a type cycle still ties two files' designs together), and dynamic `import()`.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SPEC_RE =
  /(?:^|\n)\s*(?:import|export)\s+(?:type\s+)?(?:[^'"`;]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
const EXTENSIONS = ['', '.ts', '.tsx', '.mts', '.mjs', '.js', '/index.ts', '/index.tsx'];
const SOURCE = /\.(ts|tsx|mts|mjs|js)$/;
const SKIP = new Set(['node_modules', 'dist', 'dist-lms', 'data', 'coverage']);

function* sourceFiles(dir) {
  for (const name of readdirSync(dir)) {
    if (SKIP.has(name) || name.startsWith('.')) continue;
    const full = join(dir, name);
    if (statSync(full).isDirectory()) yield* sourceFiles(full);
    else if (SOURCE.test(name) && !name.endsWith('.d.ts')) yield full;
  }
}

function isFile(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The relative imports of one file's text, resolved against `file` (specifiers no file answers are left out). */
export function importsOf(file, text, fileExists = isFile) {
  const out = [];
  for (const m of text.matchAll(SPEC_RE)) {
    const spec = m[1] ?? m[2];
    if (!spec?.startsWith('.')) continue;
    const base = resolve(dirname(file), spec);
    // `./x.js` in TypeScript means `./x.ts`.
    const candidates = [...EXTENSIONS.map((e) => base + e), base.replace(/\.js$/, '.ts')];
    const target = candidates.find((c) => SOURCE.test(c) && fileExists(c));
    if (target) out.push(target);
  }
  return out;
}

/**
 * Every import cycle in a graph of files, each as the list of files around it (first repeated at the end).
 * Tarjan's strongly connected components, then one cycle through each component.
 *
 * @example
 * findCycles(new Map([['a', ['b']], ['b', ['a']]])) // [['a', 'b', 'a']]
 */
export function findCycles(graph) {
  let index = 0;
  const stack = [];
  const onStack = new Set();
  const idx = new Map();
  const low = new Map();
  const components = [];
  const visit = (v) => {
    idx.set(v, index);
    low.set(v, index);
    index++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)));
    }
    if (low.get(v) === idx.get(v)) {
      const component = [];
      let w;
      do {
        w = stack.pop();
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      const selfLoop = (graph.get(v) ?? []).includes(v);
      if (component.length > 1 || selfLoop) components.push(component);
    }
  };
  for (const v of graph.keys()) if (!idx.has(v)) visit(v);
  return components.map((component) => cycleThrough(graph, new Set(component)));
}

/** One cycle inside a strongly connected component: a breadth-first path from its first file back to it. */
function cycleThrough(graph, members) {
  const start = [...members].sort()[0];
  const previous = new Map();
  const queue = [start];
  while (queue.length) {
    const v = queue.shift();
    for (const w of graph.get(v) ?? []) {
      if (!members.has(w)) continue;
      if (w === start) {
        const path = [v];
        while (path[0] !== start) path.unshift(previous.get(path[0]));
        return [...path, start];
      }
      if (!previous.has(w)) {
        previous.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start, start];
}

/** The import graph of the repository's packages, tests and scripts, keyed by path from the root. */
export function repoGraph(base = root) {
  const graph = new Map();
  const dirs = ['packages', 'tests', 'scripts'].map((d) => join(base, d)).filter((d) => existsSync(d));
  const rel = (f) => relative(base, f).split(sep).join('/');
  for (const dir of dirs) {
    for (const file of sourceFiles(dir)) {
      graph.set(rel(file), importsOf(file, readFileSync(file, 'utf8')).map(rel));
    }
  }
  return graph;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const cycles = findCycles(repoGraph());
  for (const c of cycles) console.error(`import cycle: ${c.join(' → ')}`);
  console.log(cycles.length ? `import cycles: ${cycles.length}` : 'import cycles: none');
  process.exit(cycles.length ? 1 : 0);
}
