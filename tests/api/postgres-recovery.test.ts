import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgExec, postgresForTests, withSearchPath } from '../support/postgres';
import { type RunningServer, startServer } from '../support/server';
import { type TcpProxy, tcpProxy } from '../support/tcp-proxy';

// A real server on PostgreSQL, reached through a proxy this test can cut. Mid-traffic the pool's backends
// are terminated (pg_terminate_backend), later the database is unreachable for a while: every answer must
// be a success or 503 JSON with Retry-After (never a 500 or a hang), the server must recover by itself, and
// no acknowledged choice may be lost (a retry with the same requestId is idempotent).
const url = await postgresForTests();

interface Run {
  id: string;
  token: string;
  beatId: string;
  choices: string[];
  acked: number;
  ended: boolean;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.runIf(url)('recovery on PostgreSQL after terminated backends and an unreachable database', () => {
  const schema = `doorway_recovery_${randomBytes(5).toString('hex')}`;
  const appName = schema; // marks this server's connections, so only they are terminated
  let proxy: TcpProxy;
  let server: RunningServer;

  beforeAll(async () => {
    if (!url) return;
    await pgExec(url, `create schema ${schema}`);
    const target = new URL(url);
    proxy = await tcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    const through = new URL(withSearchPath(url, schema));
    through.host = `127.0.0.1:${proxy.port}`;
    through.searchParams.set('application_name', appName);
    server = await startServer({
      env: { DATABASE_URL: through.toString(), RATE_LIMIT_RUNS_PER_MINUTE: '0', PG_POOL_WAIT_MS: '1000' },
    });
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    await proxy?.close();
    if (url) await pgExec(url, `drop schema if exists ${schema} cascade`);
  });

  /** Every answer that is not a success must be 503 JSON with Retry-After; anything else is recorded. */
  const wrong: string[] = [];
  let unavailable = 0;
  async function send(path: string, init: RequestInit): Promise<Response | undefined> {
    const res = await fetch(`${server.url}${path}`, init).catch((err: unknown) => {
      throw new Error(`the server did not answer ${path} (${String(err)}):\n${server.output().slice(-3000)}`);
    });
    if (res.status === 503) {
      unavailable += 1;
      const body = (await res.json()) as { error?: { code?: string } };
      const retry = Number(res.headers.get('retry-after'));
      if (body.error?.code !== 'service_unavailable' || !(retry >= 1))
        wrong.push(`503 without the JSON shape or Retry-After: ${JSON.stringify(body)} ${retry}`);
      return undefined;
    }
    if (res.status >= 500) wrong.push(`${res.status} ${path}: ${await res.text()}`);
    return res;
  }

  async function startRun(): Promise<Run> {
    for (;;) {
      const res = await send('/api/runs', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ scenarioId: 'through-an-interpreter', mode: 'practice' }),
      });
      if (!res) {
        await sleep(100);
        continue;
      }
      expect(res.status).toBe(201);
      const body = (await res.json()) as {
        run: { id: string };
        runToken: string;
        view: { beat: { id: string }; choices: { id: string }[] };
      };
      return {
        id: body.run.id,
        token: body.runToken,
        beatId: body.view.beat.id,
        choices: body.view.choices.map((c) => c.id),
        acked: 0,
        ended: false,
      };
    }
  }

  /** One decision, retried with the same requestId until it is acknowledged. */
  async function decide(run: Run, requestId: string) {
    const choiceId = run.choices[run.acked % run.choices.length] ?? '';
    for (let attempt = 0; attempt < 200; attempt++) {
      const res = await send(`/api/runs/${run.id}/choices`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${run.token}` },
        body: JSON.stringify({ beatId: run.beatId, choiceId, requestId }),
      }).catch(() => undefined);
      if (!res) {
        await sleep(100);
        continue;
      }
      expect(res.status, await res.clone().text()).toBe(200);
      const view = (
        (await res.json()) as { view: { beat: { id: string }; choices: { id: string }[]; ended: boolean } }
      ).view;
      run.acked += 1;
      run.ended = view.ended;
      run.beatId = view.beat.id;
      run.choices = view.choices.map((c) => c.id);
      return;
    }
    throw new Error(`choice ${requestId} never got through:\n${server.output().slice(-3000)}`);
  }

  it('answers 503 with Retry-After while the database is away, then recovers without losing a step', async () => {
    const runs: Run[] = [];
    for (let i = 0; i < 8; i++) runs.push(await startRun());

    let round = 0;
    const traffic = Promise.all(
      runs.map(async (run, r) => {
        for (let d = 0; d < 12 && !run.ended; d++) {
          await decide(run, `r${r}-d${d}`);
          round = Math.max(round, d);
        }
      }),
    );
    const faults = (async () => {
      while (round < 2) await sleep(5);
      // Every connection of this server's pool (and its LISTEN client), in the middle of the traffic.
      await pgExec(
        url ?? '',
        `select pg_terminate_backend(pid) from pg_stat_activity where application_name = '${appName}'`,
      );
      while (round < 5) await sleep(5);
      proxy.cut();
      // A run started while the database is away: the rate limiter and the insert fail, 503 not 500.
      const during = await send('/api/runs', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ scenarioId: 'through-an-interpreter', mode: 'practice' }),
      });
      expect(during, 'a run started while the database is away').toBeUndefined();
      await sleep(1500);
      proxy.restore();
    })();
    await Promise.all([traffic, faults]);

    expect(wrong).toEqual([]);
    expect(unavailable).toBeGreaterThan(0);
    // Nothing lost: each run's log holds exactly the decisions acknowledged (each retried to success once).
    for (const run of runs) {
      const res = await fetch(`${server.url}/api/runs/${run.id}`, {
        headers: { authorization: `Bearer ${run.token}` },
      });
      expect(res.status).toBe(200);
      expect(((await res.json()) as { decisions: number }).decisions).toBe(run.acked);
    }
    // And the server serves new work normally again.
    const fresh = await startRun();
    await decide(fresh, 'after');
    expect(fresh.acked).toBe(1);
  }, 120_000);
});
