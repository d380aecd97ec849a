import { describe, expect, it } from 'vitest';
import { postgresForTests } from '../support/postgres';
import { twoServersOnOneSchema } from '../support/two-servers';

// Two real server processes on one PostgreSQL schema: each limit must hold for the pair, not per process.
// Outside CI with no PostgreSQL answering, this file reports its tests as skipped; in CI that fails the run.
const url = await postgresForTests();

async function post(server: string, path: string, body: unknown) {
  return fetch(`${server}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

/** Limits count in minute windows numbered from the epoch: start a burst well inside one. */
async function awayFromMinuteEnd() {
  const left = 60_000 - (Date.now() % 60_000);
  if (left < 10_000) await new Promise((r) => setTimeout(r, left + 50));
}

describe.runIf(url)('rate limits shared by two API processes on one PostgreSQL', () => {
  const servers = twoServersOnOneSchema(url, 'doorway_limits', { RATE_LIMIT_RUNS_PER_MINUTE: '4' });

  it('lets one address start 4 runs a minute across both processes, then answers 429 with Retry-After', async () => {
    await awayFromMinuteEnd();
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      const res = await post(i % 2 === 0 ? servers.a.url : servers.b.url, '/api/runs', {
        scenarioId: 'through-an-interpreter',
        mode: 'practice',
      });
      statuses.push(res.status);
      if (res.status === 429) {
        const retry = Number(res.headers.get('retry-after'));
        expect(retry).toBeGreaterThanOrEqual(1);
        expect(retry).toBeLessThanOrEqual(60);
        expect(await res.json()).toMatchObject({ error: { code: 'rate_limited' } });
      } else await res.arrayBuffer();
    }
    // Per-process counting would have let all 8 through (4 on each process).
    expect(statuses.filter((s) => s === 201)).toHaveLength(4);
    expect(statuses.filter((s) => s === 429)).toHaveLength(4);
  });

  it('counts sign-in attempts (10 a minute) across both processes', async () => {
    await awayFromMinuteEnd();
    const statuses: number[] = [];
    for (let i = 0; i < 14; i++) {
      const res = await post(i % 2 === 0 ? servers.a.url : servers.b.url, '/api/auth/login', {
        email: 'nobody@example.org',
        password: 'not the password at all',
      });
      statuses.push(res.status);
      await res.arrayBuffer();
    }
    expect(statuses.filter((s) => s === 429)).toHaveLength(4);
    expect(statuses.slice(0, 10).every((s) => s !== 429)).toBe(true);
  });
});
