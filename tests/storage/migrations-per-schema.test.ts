import { randomBytes } from 'node:crypto';
import { dropPostgresSchema, openPostgresStorage } from '@doorway/api';
import { afterAll, describe, expect, it } from 'vitest';
import { pgExec, pgRows, postgresForTests, withSearchPath } from '../support/postgres';

// Outside CI with no PostgreSQL answering, this file reports its test as skipped (and says why);
// in CI a missing server fails the run instead.
const url = await postgresForTests();

describe.runIf(url)('migrations on PostgreSQL', () => {
  const other = `doorway_mig_a_${randomBytes(5).toString('hex')}`;
  const mine = `doorway_mig_b_${randomBytes(5).toString('hex')}`;
  afterAll(async () => {
    if (!url) return;
    await dropPostgresSchema(url, other);
    await dropPostgresSchema(url, mine);
  });

  it("a database chosen by search_path in the URL is migrated although another schema has Kysely's tables", async () => {
    if (!url) return;
    const first = openPostgresStorage(url, { schema: other });
    await first.migrate();
    await first.close();

    // A server started with DATABASE_URL=...?options=-c search_path=<mine> (as several servers or
    // test processes sharing one PostgreSQL are) passes no schema of its own.
    await pgExec(url, `create schema ${mine}`);
    const second = openPostgresStorage(withSearchPath(url, mine));
    await second.migrate();
    await second.close();

    // Ask only about this schema: other suites create and drop their schemas while this one runs.
    const rows = await pgRows(
      url,
      `select table_name as name from information_schema.tables where table_schema = '${mine}'`,
    );
    const names = rows.map((r) => String(r.name));
    expect(names).toEqual(
      expect.arrayContaining(['kysely_migration', 'kysely_migration_lock', 'runs', 'run_steps']),
    );
  });
});
