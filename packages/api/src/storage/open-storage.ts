import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { kyselyStorage } from './kysely-storage';
import type { Database } from './schema';
import type { Storage } from './storage';

/**
 * SQLite durability: WAL with `synchronous=FULL` by default (a committed, acknowledged step survives a
 * process kill and a power cut); `normal` survives a process kill but may lose the last commits on power loss.
 */
export type SqliteSync = 'full' | 'normal';

/**
 * Opens SQLite at `file` (`:memory:` for tests), in WAL mode, with foreign keys on.
 *
 * @example
 * const storage = openSqliteStorage('./data/doorway.sqlite');
 * await storage.migrate();
 */
export function openSqliteStorage(file: string, options: { sync?: SqliteSync } = {}): Storage {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const database = new SQLite(file);
  database.pragma('journal_mode = WAL');
  database.pragma(`synchronous = ${options.sync === 'normal' ? 'NORMAL' : 'FULL'}`);
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  return kyselyStorage(db, 'sqlite');
}

/**
 * Opens PostgreSQL through a pg Pool. `schema` (created if missing) isolates a test run's tables.
 *
 * @example
 * const storage = openPostgresStorage('postgres://root@127.0.0.1:5432/test', { schema: 't_abc' });
 */
export function openPostgresStorage(url: string, options: { schema?: string; max?: number } = {}): Storage {
  const schema = options.schema;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema))
    throw new Error(`schema name ${schema} must be lower-case letters, digits and underscores`);
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  let ready: Promise<void> | undefined;
  if (schema) {
    ready = pool.query(`create schema if not exists ${schema}`).then(() => undefined);
  }
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({
      pool: async () => {
        await ready;
        return pool;
      },
    }),
  });
  return kyselyStorage(db, 'postgres', () => db.destroy(), schema);
}

/**
 * Drops a schema made by `openPostgresStorage({ schema })` (tests clean up after themselves with it).
 *
 * @example
 * await dropPostgresSchema(url, 'doorway_test_1a2b');
 */
export async function dropPostgresSchema(url: string, schema: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`bad schema name ${schema}`);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`drop schema if exists ${schema} cascade`);
  } finally {
    await client.end();
  }
}
