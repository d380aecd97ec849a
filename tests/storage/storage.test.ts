import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dropPostgresSchema, openPostgresStorage, openSqliteStorage } from '@doorway/api';
import { afterAll, describe, it } from 'vitest';
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
const url = process.env.DATABASE_URL || (process.env.CI ? 'postgres://root@127.0.0.1:5432/test' : '');
const schemas: string[] = [];

if (!url) {
  describe('storage on PostgreSQL', () => {
    it('is skipped: DATABASE_URL is not set (set it, or CI=true, to run this suite)', () => {
      console.warn('storage on PostgreSQL skipped: DATABASE_URL is not set and CI is not set');
    });
  });
} else {
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
}
