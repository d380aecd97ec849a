import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dropPostgresSchema, openPostgresStorage, openSqliteStorage, type Storage } from '@doorway/api';
import { afterAll } from 'vitest';
import { postgresForTests } from './postgres';

/**
 * The storages a suite runs on: SQLite (in memory, or a file in a temporary folder), and PostgreSQL in a fresh
 * schema named `<prefix>_<random>` per call when a server answers (see postgresForTests). Registers an
 * afterAll that drops the schemas and removes the folder. Call it at the top level of a test file.
 *
 * @example
 * const databases = await testDatabases('doorway_people', { sqlite: 'file' });
 * describe.each(databases)('people on %s', (_name, open) => { ... open() ... });
 */
export async function testDatabases(
  prefix: string,
  options: { sqlite: 'memory' | 'file' } = { sqlite: 'memory' },
): Promise<[string, () => Storage][]> {
  const url = (await postgresForTests()) ?? '';
  const dir = options.sqlite === 'file' ? mkdtempSync(join(tmpdir(), `${prefix}-`)) : '';
  const schemas: string[] = [];
  afterAll(async () => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    for (const schema of schemas) await dropPostgresSchema(url, schema);
  });
  const databases: [string, () => Storage][] = [
    dir
      ? ['SQLite file', () => openSqliteStorage(join(dir, `${randomBytes(4).toString('hex')}.sqlite`))]
      : ['SQLite', () => openSqliteStorage(':memory:')],
  ];
  if (url)
    databases.push([
      'PostgreSQL',
      () => {
        const schema = `${prefix}_${randomBytes(6).toString('hex')}`;
        schemas.push(schema);
        return openPostgresStorage(url, { schema });
      },
    ]);
  return databases;
}
