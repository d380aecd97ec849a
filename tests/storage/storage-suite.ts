import type { RunRecord, Storage } from '@doorway/api';
import { describe, expect, it } from 'vitest';

const at = '2026-01-02T03:04:05.000Z';

function run(id: string, overrides: Partial<RunRecord> = {}): RunRecord {
  return {
    id,
    scenarioId: 'tiny',
    scenarioVersion: '1.0.0',
    contentHash: 'hash-1',
    mode: 'coach',
    seed: 2147483647,
    status: 'active',
    tokenHash: 'ab'.repeat(32),
    lastSeq: 0,
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

const version = {
  scenarioId: 'tiny',
  version: '1.0.0',
  contentHash: 'hash-1',
  scenarioJson: '{"id":"tiny"}',
  rubricJson: '{"competencies":[]}',
};

/**
 * The storage contract, run against every database. `open` returns a fresh, migrated, empty storage.
 *
 * @example
 * storageSuite('sqlite', async () => migrated(openSqliteStorage(':memory:')));
 */
export function storageSuite(name: string, open: () => Promise<Storage>) {
  describe(`storage on ${name}`, () => {
    it('migrates twice without harm and answers ping', async () => {
      const s = await open();
      await s.migrate();
      expect(await s.ping()).toBe(true);
      await s.close();
    });

    it('stores a scenario version once and reads it back by (id, hash)', async () => {
      const s = await open();
      await s.saveScenarioVersion(version, at);
      await s.saveScenarioVersion({ ...version, scenarioJson: '{"changed":true}' }, at);
      expect(await s.getScenarioVersion('tiny', 'hash-1')).toEqual(version);
      expect(await s.getScenarioVersion('tiny', 'hash-2')).toBeUndefined();
      await s.close();
    });

    it('fills in a missing rubric once, never overwrites one', async () => {
      const s = await open();
      await s.saveScenarioVersion({ ...version, rubricJson: undefined }, at);
      expect((await s.getScenarioVersion('tiny', 'hash-1'))?.rubricJson).toBeNull();
      await s.saveScenarioVersion(version, at);
      expect((await s.getScenarioVersion('tiny', 'hash-1'))?.rubricJson).toBe(version.rubricJson);
      await s.saveScenarioVersion({ ...version, rubricJson: '{"other":1}' }, at);
      expect((await s.getScenarioVersion('tiny', 'hash-1'))?.rubricJson).toBe(version.rubricJson);
      await s.close();
    });

    it('creates and reads a run with every field intact', async () => {
      const s = await open();
      await s.saveScenarioVersion(version, at);
      await s.createRun(run('r1', { mode: 'assessment' }));
      expect(await s.getRun('r1')).toEqual(run('r1', { mode: 'assessment' }));
      expect(await s.getRun('nope')).toBeUndefined();
      await s.close();
    });

    it('refuses a run whose scenario version was never stored', async () => {
      const s = await open();
      await expect(s.createRun(run('r1', { contentHash: 'missing' }))).rejects.toThrow();
      await s.close();
    });

    it('appends steps in order, updates the run, and lists them back', async () => {
      const s = await open();
      await s.saveScenarioVersion(version, at);
      await s.createRun(run('r1'));
      const first = { runId: 'r1', seq: 1, requestId: 'q1', stepJson: '{"a":1}', responseJson: '{"r":1}' };
      expect(await s.appendStep({ ...first, status: 'active', at })).toEqual({ ok: true });
      expect(
        await s.appendStep({
          runId: 'r1',
          seq: 2,
          requestId: null,
          stepJson: '{"b":2}',
          responseJson: null,
          status: 'ended',
          at,
        }),
      ).toEqual({ ok: true });
      const steps = await s.listSteps('r1');
      expect(steps.map((x) => [x.seq, x.requestId, x.stepJson, x.responseJson])).toEqual([
        [1, 'q1', '{"a":1}', '{"r":1}'],
        [2, null, '{"b":2}', null],
      ]);
      expect(await s.getRun('r1')).toMatchObject({ lastSeq: 2, status: 'ended' });
      expect(await s.findStepByRequest('r1', 'q1')).toMatchObject({ seq: 1, responseJson: '{"r":1}' });
      expect(await s.findStepByRequest('r1', 'q9')).toBeUndefined();
      await s.close();
    });

    it('refuses a taken seq and a reused request id, writing nothing', async () => {
      const s = await open();
      await s.saveScenarioVersion(version, at);
      await s.createRun(run('r1'));
      const base = { runId: 'r1', stepJson: '{}', responseJson: null, status: 'active' as const, at };
      expect(await s.appendStep({ ...base, seq: 1, requestId: 'q1' })).toEqual({ ok: true });
      expect(await s.appendStep({ ...base, seq: 1, requestId: 'q2' })).toEqual({
        ok: false,
        error: 'seq_taken',
      });
      expect(await s.appendStep({ ...base, seq: 2, requestId: 'q1' })).toEqual({
        ok: false,
        error: 'request_taken',
      });
      // A seq that skips ahead is refused too: the run's last seq guards the append.
      expect(await s.appendStep({ ...base, seq: 5, requestId: 'q5' })).toEqual({
        ok: false,
        error: 'seq_taken',
      });
      expect((await s.listSteps('r1')).map((x) => x.seq)).toEqual([1]);
      expect(await s.getRun('r1')).toMatchObject({ lastSeq: 1 });
      await s.close();
    });

    it('lets exactly one of many concurrent appends for the same seq win', async () => {
      const s = await open();
      await s.saveScenarioVersion(version, at);
      await s.createRun(run('r1'));
      const results = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          s.appendStep({
            runId: 'r1',
            seq: 1,
            requestId: `q${i}`,
            stepJson: `{"i":${i}}`,
            responseJson: null,
            status: 'active',
            at,
          }),
        ),
      );
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(await s.listSteps('r1')).toHaveLength(1);
      await s.close();
    });

    it("waits for another area's open transaction instead of joining it", async () => {
      const s = await open();
      await s.saveScenarioVersion(version, at);
      await s.createRun(run('r1'));
      let release = () => {};
      const held = new Promise<void>((r) => {
        release = r;
      });
      // Another area's multi-statement write that rolls back: our append must not be part of it.
      const other = s.db
        .transaction()
        .execute(async (trx) => {
          await trx
            .insertInto('scenario_versions')
            .values({
              scenario_id: 'other',
              version: '1',
              content_hash: 'o',
              scenario_json: '{}',
              created_at: at,
            })
            .execute();
          await held;
          throw new Error('roll back');
        })
        .catch(() => 'rolled back');
      await new Promise((r) => setTimeout(r, 30)); // the other transaction is open and has written
      const appended = s.appendStep({
        runId: 'r1',
        seq: 1,
        requestId: 'q',
        stepJson: '{}',
        responseJson: null,
        status: 'active',
        at,
      });
      await new Promise((r) => setTimeout(r, 30));
      release();
      expect(await other).toBe('rolled back');
      expect(await appended).toEqual({ ok: true });
      expect(await s.listSteps('r1')).toHaveLength(1);
      expect(await s.getScenarioVersion('other', 'o')).toBeUndefined();
      await s.close();
    });

    it('keeps runs apart: steps of one run never show in another', async () => {
      const s = await open();
      await s.saveScenarioVersion(version, at);
      await s.createRun(run('r1'));
      await s.createRun(run('r2'));
      const base = { stepJson: '{}', responseJson: null, status: 'active' as const, at };
      await s.appendStep({ ...base, runId: 'r1', seq: 1, requestId: 'same' });
      expect(await s.appendStep({ ...base, runId: 'r2', seq: 1, requestId: 'same' })).toEqual({ ok: true });
      expect(await s.listSteps('r2')).toHaveLength(1);
      expect(await s.findStepByRequest('r2', 'same')).toMatchObject({ seq: 1 });
      await s.close();
    });
  });
}
