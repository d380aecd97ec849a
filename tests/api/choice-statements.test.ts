import { randomBytes } from 'node:crypto';
import { dropPostgresSchema, openPostgresStorage, openSqliteStorage, type Storage } from '@doorway/api';
import { fixtureCatalog, jsonInit, testApp } from '@doorway/api/testing';
import { loadScenarioText } from '@doorway/scenarios';
import { afterAll, describe, expect, it } from 'vitest';
import { loopScenarioYaml } from '../../packages/api/bench/loop-scenario';
import { postgresForTests } from '../support/postgres';

// The statements one choice runs, counted where the storage runs them (Kysely's log hook and the fast
// paths): they must not grow with the length of the run's log, and on the fast paths a choice to a run
// this process wrote last is one statement (the append, whose seq check confirms the state in memory).

const url = (await postgresForTests()) ?? '';
const schemas: string[] = [];
afterAll(async () => {
  for (const schema of schemas) await dropPostgresSchema(url, schema);
});

type Open = (onStatement: (sql: string) => void) => Storage;
// `append`: the statements of an append on the fast path (SQLite: the run's update and the step's insert,
// in one group-committed transaction; PostgreSQL: one statement doing both).
const databases: [string, Open, { append?: number }][] = [
  ['SQLite', (onStatement) => openSqliteStorage(':memory:', { onStatement }), { append: 2 }],
  [
    'SQLite, Kysely only',
    (onStatement) => openSqliteStorage(':memory:', { onStatement, fastPath: false }),
    {},
  ],
];
const onPostgres =
  (fastPath: boolean): Open =>
  (onStatement) => {
    const schema = `doorway_stmts_${randomBytes(6).toString('hex')}`;
    schemas.push(schema);
    return openPostgresStorage(url, { schema, onStatement, fastPath });
  };
if (url)
  databases.push(
    ['PostgreSQL', onPostgres(true), { append: 1 }],
    ['PostgreSQL, Kysely only', onPostgres(false), {}],
  );

const rubric = fixtureCatalog().rubric;
const loaded = loadScenarioText(loopScenarioYaml, 'bench-loop.yaml', rubric);
if (!loaded.ok) throw new Error(`the loop scenario does not load: ${JSON.stringify(loaded.error)}`);
const loop = { scenario: loaded.value.scenario, contentHash: 'loop-v1' };

for (const [name, open, { append }] of databases) {
  describe(`statements per choice on ${name}`, () => {
    async function setUp() {
      const seen: string[] = [];
      const storage = open((sql) => seen.push(sql));
      // publicUrl on, as the server has it: the xAPI hook runs for every step.
      const base = { storage, catalog: fixtureCatalog([loop]), publicUrl: 'http://doorway.test' };
      const a = await testApp(base);
      // A second app on the same database: another process, with caches of its own.
      const b = await testApp(base);
      const start = await a.app.request(
        '/api/runs',
        jsonInit('POST', { scenarioId: 'bench-loop', mode: 'practice' }),
      );
      expect(start.status).toBe(201);
      const body = await start.json();
      const headers = { authorization: `Bearer ${body.runToken}` };
      let n = 0;
      const choose = async (app = a.app, choiceId = 'stay') => {
        n += 1;
        return app.request(
          `/api/runs/${body.run.id}/choices`,
          jsonInit('POST', { beatId: 'talk', choiceId, requestId: `r${n}` }, headers),
        );
      };
      /** The statements of one choice (which must be answered 200). */
      const cost = async (app = a.app) => {
        seen.length = 0;
        const res = await choose(app);
        expect(res.status).toBe(200);
        return { statements: [...seen], body: await res.json() };
      };
      return { storage, runId: body.run.id as string, choose, cost, b: b.app };
    }

    it('runs the same statements for a choice on a run 10 or 300 steps long', async () => {
      const { choose, cost } = await setUp();
      for (let i = 0; i < 10; i++) expect((await choose()).status).toBe(200);
      const at10 = await cost();
      for (let i = 11; i < 300; i++) expect((await choose()).status).toBe(200);
      const at300 = await cost();
      expect(at300.body.step.seq).toBe(301);
      expect(at300.statements).toEqual(at10.statements);
      // No read of the run, of its log, of a course link or of an xAPI target: only the append.
      if (append !== undefined) expect(at10.statements).toHaveLength(append);
      for (const sql of at10.statements) expect(sql).not.toMatch(/^\s*select/i);
    }, 120_000);

    it('a run another process moved on is read from the log, and the choice applies to its state', async () => {
      const { storage, runId, choose, cost, b } = await setUp();
      expect((await choose()).status).toBe(200);
      // The other process takes steps 2 and 3: this process's memory still says step 1.
      expect((await choose(b)).status).toBe(200);
      expect((await choose(b)).status).toBe(200);
      const behind = await cost();
      expect(behind.body.step.seq).toBe(4);
      expect((await storage.listSteps(runId)).map((s) => s.seq)).toEqual([1, 2, 3, 4]);
      // Then it is this process's own last write again: back to the fewest statements.
      const warm = await cost();
      expect(warm.body.step.seq).toBe(5);
      if (append !== undefined) expect(warm.statements).toHaveLength(append);
    });

    it('a run the other process ended is refused with the current view, not answered from memory', async () => {
      const { choose, b } = await setUp();
      expect((await choose()).status).toBe(200);
      expect((await choose(b, 'leave')).status).toBe(200);
      const late = await choose();
      expect(late.status).toBe(409);
      expect(await late.json()).toMatchObject({ error: { code: 'run_ended' } });
    });
  });
}
