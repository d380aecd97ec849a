import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dropPostgresSchema, openPostgresStorage, openSqliteStorage, type Storage } from '@doorway/api';
import { testApp } from '@doorway/api/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { postgresForTests } from '../support/postgres';

// The run routes' race guarantees on both databases (PostgreSQL has a real pool: requests truly overlap):
// different choices for the same step → exactly one applied; identical requestIds → one write, one answer.

const dir = mkdtempSync(join(tmpdir(), 'doorway-race-'));
// DATABASE_URL, else the local server if it answers; in CI a missing server fails the run.
const url = (await postgresForTests()) ?? '';
const schemas: string[] = [];
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  for (const schema of schemas) await dropPostgresSchema(url, schema);
});

const databases: [string, () => Storage][] = [
  ['SQLite file', () => openSqliteStorage(join(dir, `${randomBytes(4).toString('hex')}.sqlite`))],
];
if (url) {
  databases.push([
    'PostgreSQL',
    () => {
      const schema = `doorway_race_${randomBytes(6).toString('hex')}`;
      schemas.push(schema);
      return openPostgresStorage(url, { schema });
    },
  ]);
} else {
  console.warn('run races on PostgreSQL skipped: DATABASE_URL is not set and CI is not set');
}

for (const [name, open] of databases) {
  describe(`run races on ${name}`, () => {
    async function setUp() {
      const storage = open();
      const { app } = await testApp({ storage, stateCacheSize: 0 });
      const res = await app.request('/api/runs', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ scenarioId: 'tiny', mode: 'coach' }),
      });
      const body = await res.json();
      const choose = (choiceId: string, requestId: string) =>
        app.request(`/api/runs/${body.run.id}/choices`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${body.runToken}` },
          body: JSON.stringify({ beatId: 'greet', choiceId, requestId }),
        });
      return { storage, runId: body.run.id as string, choose };
    }

    it('different choices for the same step: exactly one applied, the rest 409 with the view', async () => {
      const { storage, runId, choose } = await setUp();
      const results = await Promise.all(
        Array.from({ length: 12 }, (_, i) => choose(['ask', 'push', 'wait'][i % 3] ?? 'ask', `req-${i}`)),
      );
      expect(results.filter((r) => r.status === 200)).toHaveLength(1);
      const losers = results.filter((r) => r.status !== 200);
      for (const r of losers) {
        expect(r.status).toBe(409);
        expect((await r.json()).error.view.beat.id).toBeDefined();
      }
      expect(await storage.listSteps(runId)).toHaveLength(1);
      await storage.close();
    });

    it('the same requestId many times at once: one write, the same answer for all', async () => {
      const { storage, runId, choose } = await setUp();
      const results = await Promise.all(Array.from({ length: 12 }, () => choose('ask', 'same-request')));
      const texts = await Promise.all(results.map((r) => r.text()));
      expect(results.map((r) => r.status)).toEqual(Array(12).fill(200));
      expect(new Set(texts).size).toBe(1);
      expect(await storage.listSteps(runId)).toHaveLength(1);
      await storage.close();
    });
  });
}
