import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { openPostgresStorage, openSqliteStorage, type Storage, statementId } from '@doorway/api';
import { afterAll, describe, expect, it } from 'vitest';
import { pgExec, postgresForTests, withSearchPath } from '../support/postgres';
import { type RunningServer, startServer } from '../support/server';
import { startFakeLrs } from '../xapi/fake-lrs';
import { seedCourse } from '../xapi/seed-course';

// The real server sends xAPI statements to a real (small) LRS; the LRS stores the first batch and never
// answers, so the server is SIGKILLed mid-send with the acknowledgement lost and more statements waiting.
// After a restart on the same database every statement is at the LRS: the unacknowledged batch was sent
// again (the LRS kept one copy per id) and nothing written in a step's transaction was lost.

const servers: RunningServer[] = [];
const schemas: string[] = [];
const pgUrl = (await postgresForTests()) ?? '';
afterAll(async () => {
  for (const s of servers) await s.stop('SIGKILL');
  for (const s of servers) rmSync(s.dataDir, { recursive: true, force: true });
  for (const schema of schemas) await pgExec(pgUrl, `drop schema if exists ${schema} cascade`);
});

const stores: {
  name: string;
  env: () => Promise<Record<string, string>>;
  open: (dataDir: string, env: Record<string, string>) => Storage;
}[] = [
  {
    name: 'SQLite',
    env: async () => ({}),
    open: (dataDir) => openSqliteStorage(join(dataDir, 'doorway.sqlite')),
  },
];
if (pgUrl)
  stores.push({
    name: 'PostgreSQL',
    env: async () => {
      const schema = `doorway_xapikill_${randomBytes(5).toString('hex')}`;
      schemas.push(schema);
      await pgExec(pgUrl, `create schema ${schema}`);
      return { DATABASE_URL: withSearchPath(pgUrl, schema), XAPI_SCHEMA: schema };
    },
    open: (_dataDir, env) => openPostgresStorage(pgUrl, { schema: env.XAPI_SCHEMA ?? '' }),
  });

const until = async (what: string, done: () => boolean | Promise<boolean>, ms = 30_000) => {
  const deadline = Date.now() + ms;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
};

describe.each(stores)('xAPI outbox across a SIGKILL on $name', (store) => {
  it('loses no statement when the server is killed mid-send', async () => {
    const storeEnv = await store.env();
    const lrs = await startFakeLrs({ key: 'doorway', secret: 's3cret' });
    lrs.mode = 'stall-after-store';
    const env = {
      ...storeEnv,
      RATE_LIMIT_RUNS_PER_MINUTE: '0',
      PUBLIC_URL: 'https://doorway.test',
      XAPI_LEASE_MS: '1500',
      XAPI_POLL_MS: '50',
      XAPI_RETRY_BASE_MS: '50',
      XAPI_RETRY_MAX_MS: '200',
    };
    const first = await startServer({ env });
    servers.push(first);
    const storage = store.open(first.dataDir, storeEnv);
    try {
      const seed = await seedCourse(
        storage.db,
        { endpoint: lrs.endpoint, key: 'doorway', secret: 's3cret' },
        'through-an-interpreter',
      );
      const expected = new Set<string>();
      for (let r = 0; r < 4; r++) {
        const res = await fetch(`${first.url}/api/runs`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ scenarioId: 'through-an-interpreter', mode: 'practice' }),
        });
        expect(res.status).toBe(201);
        const created = (await res.json()) as {
          run: { id: string };
          runToken: string;
          view: { beat: { id: string }; choices: { id: string }[]; ended: boolean };
        };
        await seed.attach(created.run.id);
        let view = created.view;
        let seq = 0;
        for (let d = 0; d < 30 && !view.ended; d++) {
          const choiceId = view.choices[(r + d) % view.choices.length]?.id ?? '';
          const answer = await fetch(`${first.url}/api/runs/${created.run.id}/choices`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${created.runToken}` },
            body: JSON.stringify({ beatId: view.beat.id, choiceId, requestId: crypto.randomUUID() }),
          });
          expect(answer.status).toBe(200);
          const body = (await answer.json()) as { view: typeof view; step: { seq: number } };
          seq = body.step.seq;
          expected.add(statementId(`${created.run.id}:${seq}:answered`));
          view = body.view;
        }
        if (view.ended) {
          const debrief = (await (
            await fetch(`${first.url}/api/runs/${created.run.id}/debrief`, {
              headers: { authorization: `Bearer ${created.runToken}` },
            })
          ).json()) as { overall: number; criticalErrors: unknown[] };
          const passed = debrief.overall >= 70 && debrief.criticalErrors.length === 0;
          expected.add(statementId(`${created.run.id}:${seq}:completed`));
          expected.add(statementId(`${created.run.id}:${seq}:${passed ? 'passed' : 'failed'}`));
        }
      }
      // The worker is inside a send the LRS stored but will never answer: kill the server there.
      await until('a send in flight', () => lrs.stalls >= 1);
      expect(lrs.statements.size).toBeGreaterThan(0);
      expect(lrs.statements.size).toBeLessThan(expected.size);
      await first.stop('SIGKILL');
      lrs.releaseStalled();
      lrs.mode = 'up';

      const second = await startServer({ dataDir: first.dataDir, env });
      servers.push(second);
      await until('every statement at the LRS', () => lrs.statements.size >= expected.size);
      await until('every row acknowledged', async () => {
        const open = await storage.db
          .selectFrom('xapi_outbox')
          .select('id')
          .where('sent_at', 'is', null)
          .execute();
        return open.length === 0;
      });
      expect(new Set(lrs.statements.keys())).toEqual(expected);
      expect(lrs.problems).toEqual([]);
      // The batch whose acknowledgement was lost went out again; the LRS kept one copy of each.
      expect(lrs.received).toBeGreaterThan(expected.size);
    } finally {
      await storage.close();
      await lrs.close();
    }
  }, 120_000);
});
