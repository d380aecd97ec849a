import { randomBytes } from 'node:crypto';
import { dropPostgresSchema, openPostgresStorage } from '@doorway/api';
import { afterAll, describe, expect, it } from 'vitest';
import { pgExec, postgresForTests } from '../support/postgres';

// The fast path's named prepared statements live as long as the pool's connections. A later migration that
// adds a column to runs or run_steps while those connections stay open must not break them (PostgreSQL
// refuses a cached `select *` plan whose result columns changed).
const url = await postgresForTests();
const schema = `doorway_prep_${randomBytes(5).toString('hex')}`;

describe.runIf(url)('prepared statements on PostgreSQL after a column-adding migration', () => {
  afterAll(async () => {
    if (url) await dropPostgresSchema(url, schema);
  });

  it('keeps loading runs and steps on the same long-lived connection', async () => {
    // One connection, so the statement prepared before the migration is the one used after it.
    const storage = openPostgresStorage(url ?? '', { schema, max: 1 });
    await storage.migrate();
    const at = '2026-01-01T00:00:00.000Z';
    const run = {
      id: 'run-1',
      scenarioId: 's',
      scenarioVersion: '1.0.0',
      contentHash: 'h',
      mode: 'practice' as const,
      seed: 1,
      status: 'active' as const,
      tokenHash: 't',
      lastSeq: 0,
      createdAt: at,
      updatedAt: at,
    };
    await storage.saveScenarioVersion(
      { scenarioId: 's', version: '1.0.0', contentHash: 'h', scenarioJson: '{}' },
      at,
    );
    await storage.createRun(run);
    const step = {
      runId: 'run-1',
      seq: 1,
      requestId: 'q1',
      stepJson: '{}',
      responseJson: '{}',
      status: 'active' as const,
      at,
    };
    expect(await storage.appendStep(step)).toEqual({ ok: true });
    expect((await storage.getRun('run-1'))?.lastSeq).toBe(1);
    expect(await storage.listSteps('run-1')).toHaveLength(1);

    await pgExec(
      url ?? '',
      `alter table ${schema}.runs add column later text; alter table ${schema}.run_steps add column later text`,
    );

    expect(await storage.getRun('run-1')).toEqual({ ...run, lastSeq: 1 });
    expect(await storage.listSteps('run-1')).toHaveLength(1);
    expect(await storage.findStepByRequest('run-1', 'q1')).toBeDefined();
    expect(await storage.appendStep({ ...step, seq: 2, requestId: 'q2' })).toEqual({ ok: true });
    await storage.close();
  });
});
