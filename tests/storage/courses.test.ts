import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dropPostgresSchema, openPostgresStorage, openSqliteStorage } from '@doorway/api';
import { afterAll } from 'vitest';
import { postgresForTests } from '../support/postgres';
import { coursesSuite } from './courses-suite';

const dir = mkdtempSync(join(tmpdir(), 'doorway-courses-'));
let sqliteCount = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

coursesSuite('SQLite (temp file)', async () => {
  sqliteCount += 1;
  return openSqliteStorage(join(dir, `db-${sqliteCount}.sqlite`));
});

const url = (await postgresForTests()) ?? '';
const schemas: string[] = [];
if (url) {
  afterAll(async () => {
    for (const schema of schemas) await dropPostgresSchema(url, schema);
  });
  coursesSuite('PostgreSQL', async () => {
    const schema = `doorway_test_${randomBytes(6).toString('hex')}`;
    schemas.push(schema);
    return openPostgresStorage(url, { schema });
  });
}
