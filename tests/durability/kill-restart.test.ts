import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { pgExec, postgresForTests, withSearchPath } from '../support/postgres';
import { type RunningServer, startServer } from '../support/server';

// Start the real server, send a burst of choices over many runs, SIGKILL it mid-burst, restart it on the
// same DATA_DIR, and find every acknowledged choice: a retry of each acknowledged requestId must return
// the very answer first sent (it is stored with the step), and each run's decision count must cover them.

interface Acked {
  runId: string;
  token: string;
  beatId: string;
  choiceId: string;
  requestId: string;
  body: string;
}

const servers: RunningServer[] = [];
const schemas: string[] = [];
const pgUrl = (await postgresForTests()) ?? '';
afterAll(async () => {
  for (const s of servers) await s.stop('SIGKILL');
  for (const s of servers) rmSync(s.dataDir, { recursive: true, force: true });
  for (const schema of schemas) await pgExec(pgUrl, `drop schema if exists ${schema} cascade`);
});

/** The store each case runs on: SQLite in the server's DATA_DIR, or a fresh PostgreSQL schema. */
const stores: { name: string; env: () => Promise<Record<string, string>> }[] = [
  { name: 'SQLite', env: async () => ({}) },
];
if (pgUrl)
  stores.push({
    name: 'PostgreSQL',
    env: async () => {
      const schema = `doorway_durability_${randomBytes(5).toString('hex')}`;
      schemas.push(schema);
      await pgExec(pgUrl, `create schema ${schema}`);
      return { DATABASE_URL: withSearchPath(pgUrl, schema) };
    },
  });

async function post(url: string, token: string, body: unknown) {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
}

describe.each(stores)('durability on $name', (store) => {
  it('keeps every acknowledged choice across a SIGKILL', async () => {
    const storeEnv = await store.env();
    const first = await startServer({ env: { ...storeEnv, RATE_LIMIT_RUNS_PER_MINUTE: '0' } });
    servers.push(first);
    const runs: { id: string; token: string; beatId: string; choices: string[] }[] = [];
    for (let i = 0; i < 24; i++) {
      const res = await fetch(`${first.url}/api/runs`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ scenarioId: 'through-an-interpreter', mode: 'practice' }),
      });
      expect(res.status).toBe(201);
      const body = (await res.json()) as {
        run: { id: string };
        runToken: string;
        view: { beat: { id: string }; choices: { id: string }[] };
      };
      runs.push({
        id: body.run.id,
        token: body.runToken,
        beatId: body.view.beat.id,
        choices: body.view.choices.map((c) => c.id),
      });
    }

    const acked: Acked[] = [];
    const refused: string[] = [];
    let finished = 0;
    let killed = false;
    let counter = 0;
    // Each run advances as fast as the server answers; the kill lands while requests are in flight.
    const loops = runs.map(async (run, r) => {
      for (let d = 0; d < 40 && !killed; d++) {
        const choiceId = run.choices[(r + d) % run.choices.length];
        if (!choiceId) return;
        const requestId = `run${r}-d${d}-${counter++}`;
        let res: Response;
        try {
          res = await post(`${first.url}/api/runs/${run.id}/choices`, run.token, {
            beatId: run.beatId,
            choiceId,
            requestId,
          });
        } catch {
          return; // the server died: this choice was never acknowledged
        }
        const text = await res.text().catch(() => undefined);
        if (res.status !== 200 || text === undefined) {
          refused.push(`${res.status} ${text?.slice(0, 200)}`);
          return;
        }
        acked.push({ runId: run.id, token: run.token, beatId: run.beatId, choiceId, requestId, body: text });
        const view = (
          JSON.parse(text) as { view: { beat: { id: string }; choices: { id: string }[]; ended: boolean } }
        ).view;
        if (view.ended) return;
        run.beatId = view.beat.id;
        run.choices = view.choices.map((c) => c.id);
      }
    });
    const tracked = loops.map((loop) => loop.finally(() => (finished += 1)));
    const killer = (async () => {
      while (acked.length < 60 && finished < loops.length) await new Promise((r) => setTimeout(r, 2));
      killed = true;
      first.process.kill('SIGKILL');
    })();
    await Promise.all([...tracked, killer]);
    await first.stop('SIGKILL');
    expect(refused, 'no choice may be refused during the burst').toEqual([]);
    expect(acked.length).toBeGreaterThanOrEqual(60);

    const second = await startServer({
      dataDir: first.dataDir,
      env: { ...storeEnv, RATE_LIMIT_RUNS_PER_MINUTE: '0' },
    });
    servers.push(second);
    for (const a of acked) {
      const retry = await post(`${second.url}/api/runs/${a.runId}/choices`, a.token, {
        beatId: a.beatId,
        choiceId: a.choiceId,
        requestId: a.requestId,
      });
      expect(retry.status, `${a.requestId} after restart`).toBe(200);
      expect(await retry.text()).toBe(a.body);
    }
    for (const run of runs) {
      const mine = acked.filter((a) => a.runId === run.id).length;
      const res = await fetch(`${second.url}/api/runs/${run.id}`, {
        headers: { authorization: `Bearer ${run.token}` },
      });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { decisions: number };
      expect(body.decisions).toBeGreaterThanOrEqual(mine);
    }
  }, 240_000);
});
