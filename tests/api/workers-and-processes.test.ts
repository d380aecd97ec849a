import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { bestPath } from '../e2e/helpers/scenarios';
import { pgExec, postgresForTests, withSearchPath } from '../support/postgres';
import { startServer } from '../support/server';
import { twoServersOnOneSchema } from '../support/two-servers';

// One run's choices alternate between two real server processes on one PostgreSQL schema: each process
// replays the log the other wrote, and both must show the same run and the same debrief and score.
// WORKERS=N runs N such processes behind one port (node:cluster); with SQLite it is refused.
const url = await postgresForTests();

interface Started {
  id: string;
  token: string;
}

async function startRun(base: string): Promise<Started> {
  const res = await fetch(`${base}/api/runs`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ scenarioId: 'through-an-interpreter', mode: 'practice' }),
  });
  expect(res.status).toBe(201);
  const body = (await res.json()) as { run: { id: string }; runToken: string };
  return { id: body.run.id, token: body.runToken };
}

/**
 * Plays the scenario's best path (from the engine's analysis), sending decision d to `bases[d % bases.length]`;
 * returns how many decisions were made. Choices are picked by id: the order a run shows them in is seeded, so
 * "the first choice" could end the scenario at once.
 */
async function play(bases: string[], run: Started): Promise<number> {
  const path = bestPath('through-an-interpreter');
  for (const [d, step] of path.entries()) {
    const base = bases[d % bases.length] ?? '';
    const res = await fetch(`${base}/api/runs/${run.id}/choices`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${run.token}` },
      body: JSON.stringify({ beatId: step.beatId, choiceId: step.choiceId, requestId: `d${d}` }),
    });
    expect(res.status, await res.clone().text()).toBe(200);
  }
  return path.length;
}

async function read(base: string, run: Started, path: string) {
  const res = await fetch(`${base}/api/runs/${run.id}${path}`, {
    headers: { authorization: `Bearer ${run.token}` },
  });
  expect(res.status).toBe(200);
  return res.json();
}

describe.runIf(url)('one run across two server processes on one PostgreSQL', () => {
  const servers = twoServersOnOneSchema(url, 'doorway_alt', { RATE_LIMIT_RUNS_PER_MINUTE: '0' });

  it('replays identically and scores the same on both processes', async () => {
    const run = await startRun(servers.a.url);
    const decisions = await play([servers.a.url, servers.b.url], run);
    expect(decisions).toBeGreaterThan(1);
    const [onA, onB] = [await read(servers.a.url, run, ''), await read(servers.b.url, run, '')];
    expect(onB).toEqual(onA);
    expect((onA as { decisions: number }).decisions).toBe(decisions);
    const [debriefA, debriefB] = [
      await read(servers.a.url, run, '/debrief'),
      await read(servers.b.url, run, '/debrief'),
    ];
    expect(debriefB).toEqual(debriefA);
  });
});

describe('WORKERS', () => {
  it('is refused with SQLite, saying why and what to do', async () => {
    await expect(startServer({ env: { WORKERS: '2' } })).rejects.toThrow(/WORKERS=2 needs PostgreSQL/);
  });

  describe.runIf(url)('on PostgreSQL', () => {
    const schema = `doorway_workers_${randomBytes(5).toString('hex')}`;
    afterAll(async () => {
      if (url) await pgExec(url, `drop schema if exists ${schema} cascade`);
    });

    it('serves one port from two worker processes and stops them all on SIGTERM', async () => {
      await pgExec(url ?? '', `create schema ${schema}`);
      const server = await startServer({
        env: {
          DATABASE_URL: withSearchPath(url ?? '', schema),
          WORKERS: '2',
          RATE_LIMIT_RUNS_PER_MINUTE: '0',
        },
      });
      try {
        const children = () =>
          execFileSync('ps', ['-o', 'args=', '--ppid', String(server.process.pid)], { encoding: 'utf8' })
            .split('\n')
            .filter((l) => l.includes('server.ts')); // not tsx's esbuild helper
        expect(children()).toHaveLength(2);
        const run = await startRun(server.url);
        const decisions = await play([server.url], run);
        expect((await read(server.url, run, '')) as { decisions: number }).toMatchObject({ decisions });
      } finally {
        await server.stop();
      }
      expect(server.process.exitCode ?? server.process.signalCode).not.toBeNull();
    }, 120_000);
  });
});
