import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dropPostgresSchema, openPostgresStorage, openSqliteStorage } from '@doorway/api';
import { afterAll } from 'vitest';
import { postgresForTests } from '../support/postgres';
import { storageSuite } from './storage-suite';

const dir = mkdtempSync(join(tmpdir(), 'doorway-storage-'));
let sqliteCount = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

storageSuite('SQLite (temp file)', async () => {
  sqliteCount += 1;
  const s = openSqliteStorage(join(dir, `db-${sqliteCount}.sqlite`));
  await s.migrate();
  return s;
});

storageSuite('SQLite (Kysely only, no fast path)', async () => {
  sqliteCount += 1;
  const s = openSqliteStorage(join(dir, `db-${sqliteCount}.sqlite`), { fastPath: false });
  await s.migrate();
  return s;
});

// PostgreSQL: a unique schema per storage, dropped at the end, since other tests share the database.
// DATABASE_URL, else the local server if it answers; in CI a missing server fails the run.
const url = (await postgresForTests()) ?? '';
const schemas: string[] = [];

// Without PostgreSQL (outside CI) only the SQLite half runs; postgresForTests says so on the console.
if (url) {
  afterAll(async () => {
    for (const schema of schemas) await dropPostgresSchema(url, schema);
  });
  storageSuite('PostgreSQL', async () => {
    const schema = `doorway_test_${randomBytes(6).toString('hex')}`;
    schemas.push(schema);
    const s = openPostgresStorage(url, { schema });
    await s.migrate();
    return s;
  });
  storageSuite('PostgreSQL (Kysely only, no fast path)', async () => {
    const schema = `doorway_test_${randomBytes(6).toString('hex')}`;
    schemas.push(schema);
    const s = openPostgresStorage(url, { schema, fastPath: false });
    await s.migrate();
    return s;
  });
}
