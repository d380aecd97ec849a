import { existsSync, readFileSync } from 'node:fs';

/** Server CPU time so far in ms (Linux /proc; clock ticks of 10 ms); undefined where /proc is missing. */
export function cpuMs(pid: number | undefined): number | undefined {
  const file = `/proc/${pid}/stat`;
  if (pid === undefined || !existsSync(file)) return undefined;
  const fields = readFileSync(file, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** The server's resident memory in MiB (VmRSS), or undefined without /proc. */
function rssMiB(pid: number | undefined): number | undefined {
  const file = `/proc/${pid}/status`;
  if (pid === undefined || !existsSync(file)) return undefined;
  const line = readFileSync(file, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return line ? Number(line.replace(/\D+/g, '')) / 1024 : undefined;
}

export interface Run {
  id: string;
  token: string;
}

/** Starts a practice run of the bench's loop scenario (the bench servers have no run-creation limit). */
export async function startRun(url: string): Promise<Run> {
  const res = await fetch(`${url}/api/runs`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ scenarioId: 'bench-loop', mode: 'practice' }),
  });
  if (res.status !== 201) throw new Error(`creating a run failed: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { run: { id: string }; runToken: string };
  return { id: body.run.id, token: body.runToken };
}

let requestCounter = 0;
async function choose(url: string, run: Run): Promise<void> {
  requestCounter += 1;
  const res = await fetch(`${url}/api/runs/${run.id}/choices`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${run.token}` },
    body: JSON.stringify({ beatId: 'talk', choiceId: 'stay', requestId: `g${requestCounter}` }),
  });
  if (res.status !== 200) throw new Error(`a choice failed: ${res.status} ${await res.text()}`);
  await res.arrayBuffer();
}

/** Runs `task` for each item, `width` at a time. */
async function inParallel<T>(items: T[], width: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const item = items[next++] as T;
        await task(item);
      }
    }),
  );
}

const LENGTHS = [10, 100, 1000];
const RUNS_PER_LENGTH = 8;
const MEASURED = 400;
const MEMORY_RUNS = 10_000;

/**
 * How the choice route's cost grows: runs already 10, 100 and 1,000 steps long take `MEASURED` more
 * choices, one at a time (server CPU and wall time per choice); then the server's memory after 10,000
 * runs (each started and given one choice), which bounded caches keep flat. Returns Markdown lines.
 *
 * @example
 * const lines = await measureGrowth('http://127.0.0.1:3000', server.process.pid, 'PostgreSQL');
 */
export async function measureGrowth(url: string, pid: number | undefined, label: string): Promise<string[]> {
  const lines = [
    `| ${label}: run length before the measured choices | server CPU per choice | wall time per choice (one at a time) |`,
    '|---|---|---|',
  ];
  for (const length of LENGTHS) {
    const runs: Run[] = [];
    for (let i = 0; i < RUNS_PER_LENGTH; i++) runs.push(await startRun(url));
    await inParallel(runs, RUNS_PER_LENGTH, async (run) => {
      for (let s = 0; s < length; s++) await choose(url, run);
    });
    const before = cpuMs(pid);
    const started = performance.now();
    for (let i = 0; i < MEASURED; i++) await choose(url, runs[i % runs.length] as Run);
    const wall = (performance.now() - started) / MEASURED;
    const after = cpuMs(pid);
    const cpu =
      before === undefined || after === undefined
        ? 'n/a'
        : `${Math.round(((after - before) * 1000) / MEASURED)} µs`;
    lines.push(`| ${length.toLocaleString('en')} steps | ${cpu} | ${wall.toFixed(2)} ms |`);
  }
  const rssBefore = rssMiB(pid);
  const many = Array.from({ length: MEMORY_RUNS }, (_, i) => i);
  await inParallel(many, 16, async () => choose(url, await startRun(url)));
  const rssAfter = rssMiB(pid);
  lines.push(
    '',
    `${label}: server memory (RSS) ${rssBefore === undefined ? 'n/a' : `${Math.round(rssBefore)} MiB`} before and ${rssAfter === undefined ? 'n/a' : `${Math.round(rssAfter)} MiB`} after ${MEMORY_RUNS.toLocaleString('en')} more runs (each started and given one choice); the run-state cache holds at most 5,000 runs and the compiled-scenario cache 64 versions.`,
  );
  return lines;
}
