// `pnpm bench`: runs every package's benchmark in one process and writes docs/benchmarks.md.
// Each package owns a `bench/run.ts` exporting a function that returns its Markdown section.
import { existsSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const suites: { file: string; exportName: string; title: string }[] = [
  { file: 'packages/engine/bench/run.ts', exportName: 'runEngineBench', title: 'Engine' },
  { file: 'packages/api/bench/run.ts', exportName: 'runApiBench', title: 'API' },
  { file: 'packages/web/bench/run.ts', exportName: 'runWebBench', title: 'Web' },
  { file: 'packages/api/bench/workshop.ts', exportName: 'runWorkshopBench', title: 'Workshop' },
  { file: 'packages/api/bench/lms.ts', exportName: 'runLmsBench', title: 'LMS' },
];

const only = process.argv.slice(2).map((s) => s.toLowerCase());
const sections: string[] = [];
for (const suite of suites) {
  if (only.length && !only.includes(suite.title.toLowerCase())) continue;
  const path = join(root, suite.file);
  if (!existsSync(path)) {
    sections.push(`## ${suite.title}\n\nNo benchmark yet (${suite.file} is missing).\n`);
    continue;
  }
  console.log(`→ ${suite.title} benchmark`);
  const mod = (await import(pathToFileURL(path).href)) as Record<string, () => Promise<string>>;
  const run = mod[suite.exportName];
  if (typeof run !== 'function') throw new Error(`${suite.file} does not export ${suite.exportName}()`);
  sections.push((await run()).trim());
}

const header = [
  '# Benchmarks',
  '',
  'Written by `pnpm bench` (do not edit by hand). Targets live here, not in timed tests.',
  '',
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}. Run on ${new Date().toISOString().slice(0, 10)}.`,
  '',
].join('\n');
if (only.length) {
  console.log(sections.join('\n\n'));
} else {
  writeFileSync(join(root, 'docs/benchmarks.md'), `${header}\n${sections.join('\n\n')}\n`);
  console.log('wrote docs/benchmarks.md');
}
