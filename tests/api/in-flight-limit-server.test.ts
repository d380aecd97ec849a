import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgExec, postgresForTests, withSearchPath } from '../support/postgres';
import { type RunningServer, startServer } from '../support/server';

// A real server process on PostgreSQL (each request waits on the database, so requests overlap; on SQLite
// a run creation finishes within one turn of the event loop) with MAX_IN_FLIGHT=2 takes a burst of 60 run creations at once. Every answer must
// come back (a request that hung would be aborted and fail the test), each either a success or 503 JSON
// `service_unavailable` with Retry-After; the burst must hit the limit; afterwards the server serves again.
const url = await postgresForTests();

describe.runIf(url)('MAX_IN_FLIGHT on a real server process', () => {
  const schema = `doorway_inflight_${randomBytes(5).toString('hex')}`;
  let server: RunningServer;
  beforeAll(async () => {
    if (!url) return;
    await pgExec(url, `create schema ${schema}`);
    server = await startServer({
      env: {
        DATABASE_URL: withSearchPath(url, schema),
        MAX_IN_FLIGHT: '2',
        RATE_LIMIT_RUNS_PER_MINUTE: '0',
      },
    });
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    if (url) await pgExec(url, `drop schema if exists ${schema} cascade`);
  });

  const create = () =>
    fetch(`${server.url}/api/runs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ scenarioId: 'through-an-interpreter', mode: 'practice' }),
      // Far above any answer's time even on a loaded machine: only a request that never ends reaches it.
      signal: AbortSignal.timeout(60_000),
    });

  it('answers a burst above the limit with 201 or 503 JSON and Retry-After, never a hang, then recovers', async () => {
    const answers = await Promise.all(Array.from({ length: 60 }, create));
    const wrong: string[] = [];
    let refused = 0;
    for (const res of answers) {
      if (res.status === 201) {
        await res.body?.cancel();
        continue;
      }
      const body = (await res.json().catch(() => null)) as {
        error?: { code?: string; message?: string };
      } | null;
      const retry = Number(res.headers.get('retry-after'));
      if (
        res.status === 503 &&
        body?.error?.code === 'service_unavailable' &&
        body.error.message &&
        retry >= 1
      )
        refused += 1;
      else wrong.push(`${res.status} ${res.headers.get('retry-after')} ${JSON.stringify(body)}`);
    }
    expect(wrong).toEqual([]);
    expect(refused).toBeGreaterThan(0);
    expect(answers.length - refused).toBeGreaterThan(0);
    const after = await create();
    expect(after.status).toBe(201);
  }, 120_000);
});
