import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createLogger,
  dropPostgresSchema,
  openPostgresStorage,
  openSqliteStorage,
  type Storage,
  startOutboxWorker,
  statementId,
} from '@doorway/api';
import { testApp } from '@doorway/api/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { postgresForTests } from '../support/postgres';
import { startFakeLrs } from './fake-lrs';
import { seedCourse } from './seed-course';

// The xAPI outbox end to end in one process: real app (app.request), real storage, a real HTTP LRS.
// The LRS is down while trainees make a burst of choices; when it comes back every statement arrives,
// once by id, and nothing is lost. On PostgreSQL two workers share the outbox (skip locked).

const dir = mkdtempSync(join(tmpdir(), 'doorway-xapi-'));
const pgUrl = (await postgresForTests()) ?? '';
const schemas: string[] = [];
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  for (const s of schemas) await dropPostgresSchema(pgUrl, s);
});

const stores: { name: string; open: () => Storage; workers: number }[] = [
  {
    name: 'SQLite',
    open: () => openSqliteStorage(join(dir, `x-${randomBytes(4).toString('hex')}.sqlite`)),
    workers: 1,
  },
];
if (pgUrl)
  stores.push({
    name: 'PostgreSQL',
    open: () => {
      const schema = `doorway_xapi_${randomBytes(5).toString('hex')}`;
      schemas.push(schema);
      return openPostgresStorage(pgUrl, { schema });
    },
    workers: 2,
  });

const until = async (what: string, done: () => boolean | Promise<boolean>, ms = 20_000) => {
  const deadline = Date.now() + ms;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
};

describe.each(stores)('xAPI outbox on $name', (store) => {
  it('delivers every statement exactly once by id after the LRS was down for a burst of choices', async () => {
    const storage = store.open();
    const { app } = await testApp({ storage, publicUrl: 'https://doorway.test/', now: () => new Date() });
    const lrs = await startFakeLrs({ key: 'doorway', secret: 's3cret' });
    const seed = await seedCourse(
      storage.db,
      { endpoint: lrs.endpoint, key: 'doorway', secret: 's3cret' },
      'tiny',
    );
    lrs.mode = 'down';
    const workers = Array.from({ length: store.workers }, () =>
      startOutboxWorker({
        db: storage.db,
        dialect: storage.dialect,
        logger: createLogger('silent'),
        batchSize: 7,
        pollMs: 20,
        backoffBaseMs: 20,
        backoffMaxMs: 100,
      }),
    );
    try {
      const expected = new Set<string>();
      // A run that is not in a course writes nothing.
      const loose = await app.request('/api/runs', json({ scenarioId: 'tiny', mode: 'practice' }));
      const looseRun = (await loose.json()) as { run: { id: string }; runToken: string };
      expect((await choose(app, looseRun.run.id, looseRun.runToken, 'greet', 'wait')).status).toBe(200);

      for (let r = 0; r < 6; r++) {
        const res = await app.request('/api/runs', json({ scenarioId: 'tiny', mode: 'practice' }));
        const run = (await res.json()) as { run: { id: string }; runToken: string };
        await seed.attach(run.run.id);
        // Half the runs wait a few times then end well (ask, offer); the others choose harmfully (push).
        const path = r % 2 === 0 ? ['wait', 'wait', 'wait', 'ask', 'offer'] : ['wait', 'push', 'decide'];
        let seq = 0;
        let status = 'active';
        for (const choiceId of path) {
          const view = (await (
            await app.request(`/api/runs/${run.run.id}`, bearer(run.runToken))
          ).json()) as {
            view: { beat: { id: string } };
          };
          const answer = await choose(app, run.run.id, run.runToken, view.view.beat.id, choiceId);
          expect(answer.status).toBe(200);
          seq += 1;
          expected.add(statementId(`${run.run.id}:${seq}:answered`));
          const after = (await (
            await app.request(`/api/runs/${run.run.id}`, bearer(run.runToken))
          ).json()) as {
            run: { status: string };
          };
          status = after.run.status;
        }
        expect(status).toBe('ended');
        expected.add(statementId(`${run.run.id}:${seq}:completed`));
        expected.add(statementId(`${run.run.id}:${seq}:${r % 2 === 0 ? 'passed' : 'failed'}`));
      }

      // While the LRS is down the statements wait in the outbox, retried with backoff.
      await until('a failed attempt', async () => {
        const row = await storage.db
          .selectFrom('xapi_outbox')
          .select('attempts')
          .where('attempts', '>', 1)
          .executeTakeFirst();
        return row !== undefined;
      });
      expect(lrs.statements.size).toBe(0);

      lrs.mode = 'up';
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
      // Claimed rows are leased: no statement went out twice, even with two workers on PostgreSQL.
      expect(lrs.received).toBe(expected.size);

      const answered = [...lrs.statements.values()].find(
        (s) => s.verb.id.endsWith('/answered') && s.result.response === 'push',
      );
      expect(answered?.actor).toEqual({
        objectType: 'Agent',
        account: { homePage: 'https://doorway.test', name: expect.stringMatching(/^[0-9a-f]{64}$/) },
      });
      expect(JSON.stringify(answered)).not.toMatch(/tam@example\.org|Tam Trainee|u_trainee/);
      expect(answered?.result.success).toBe(false);
      expect(answered?.result.extensions['https://doorway.test/xapi/extensions/verdict']).toBe('harmful');
      expect(answered?.object.id).toBe('https://doorway.test/xapi/activities/scenarios/tiny/beats/greet');
    } finally {
      for (const w of workers) await w.stop();
      await lrs.close();
      await storage.close();
    }
  });
});

function json(body: unknown): RequestInit {
  return { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}
function bearer(token: string): RequestInit {
  return { headers: { authorization: `Bearer ${token}` } };
}
function choose(
  app: { request: (p: string, i: RequestInit) => Promise<Response> },
  id: string,
  token: string,
  beatId: string,
  choiceId: string,
) {
  return app.request(`/api/runs/${id}/choices`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ beatId, choiceId, requestId: crypto.randomUUID() }),
  });
}
