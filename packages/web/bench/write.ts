// `npx tsx packages/web/bench/write.ts`: runs the web benchmark and replaces only the "## Web" section
// of docs/benchmarks.md (the other sections belong to other packages' benchmarks).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runWebBench } from './run';

const file = resolve(import.meta.dirname, '../../../docs/benchmarks.md');
const section = `${(await runWebBench()).trim()}\n`;
const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
const start = current.search(/^## Web\s*$/m);
let next: string;
if (start < 0) {
  next = `${current.trimEnd()}\n\n${section}`;
} else {
  const after = current.slice(start + 1).search(/^## /m);
  const end = after < 0 ? current.length : start + 1 + after;
  next = `${current.slice(0, start)}${section}${after < 0 ? '' : `\n${current.slice(end)}`}`;
}
writeFileSync(file, next);
console.log(section);
