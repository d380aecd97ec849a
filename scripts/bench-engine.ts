// Runs the engine benchmarks and writes the "## Engine" section of docs/benchmarks.md (other sections untouched).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { runEngineBench } from '../packages/engine/bench/run';

const file = new URL('../docs/benchmarks.md', import.meta.url);
const section = await runEngineBench();
const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
const start = current.indexOf('## Engine');
let next: string;
if (start < 0) next = `${current.trimEnd()}\n\n${section}`;
else {
  const rest = current.slice(start + '## Engine'.length);
  const end = rest.search(/\n## /);
  next = current.slice(0, start) + section.trimEnd() + (end >= 0 ? `\n\n${rest.slice(end + 1)}` : '');
}
writeFileSync(file, `${next.trimEnd()}\n`);
console.log(section);
