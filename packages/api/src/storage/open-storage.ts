import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, type LogEvent, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { kyselyStorage } from './kysely-storage';
import { postgresFastPath } from './postgres-fast-path';
import type { Database } from './schema';
import { sqliteFastPath } from './sqlite-fast-path';
import type { Storage } from './storage';

/**
 * SQLite durability, in WAL mode. `normal` (the default): a committed, acknowledged step survives a process
 * kill (it is in the WAL file); an OS crash or power cut may lose the last commits, never corrupting the file.
 * `full`: also survives a power cut, at one fsync per commit (about 200 commits a second on this machine kind).
 */
export type SqliteSync = 'full' | 'normal';

/**
 * Opens SQLite at `file` (`:memory:` for tests), in WAL mode, with foreign keys on.
 *
 * @example
 * const storage = openSqliteStorage('./data/doorway.sqlite');
 * await storage.migrate();
 */
export function openSqliteStorage(
  file: string,
  options: {
    sync?: SqliteSync;
    fastPath?: boolean;
    /** Called with every SQL statement this storage runs, on Kysely and the fast path (tests count them). */
    onStatement?: (sql: string) => void;
  } = {},
): Storage {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const database = new SQLite(file);
  database.pragma('journal_mode = WAL');
  database.pragma(`synchronous = ${options.sync === 'full' ? 'FULL' : 'NORMAL'}`);
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  // Kysely prepares every statement anew; caching them by SQL text (a bounded set: our queries) saves
  // a third of a choice's time. Safe: better-sqlite3 runs each statement to completion synchronously.
  const statements = new Map<string, SQLite.Statement>();
  const cached = {
    close: () => database.close(),
    prepare: (sql: string) => {
      let statement = statements.get(sql);
      if (!statement) {
        statement = database.prepare(sql);
        if (statements.size < 500) statements.set(sql, statement);
      }
      return statement;
    },
  };
  const onStatement = options.onStatement;
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: cached }),
    ...(onStatement ? { log: kyselyLog(onStatement) } : {}),
  });
  const storage = kyselyStorage(db, 'sqlite');
  if (options.fastPath === false) return storage;
  // The fast path's statements need the tables: prepare them on first use, after migrate().
  let fast: ReturnType<typeof sqliteFastPath> | undefined;
  const hot = () => {
    fast ??= sqliteFastPath(database, storage, onStatement);
    return fast;
  };
  return {
    ...storage,
    getRun: (id) => hot().getRun(id),
    listSteps: (runId) => hot().listSteps(runId),
    findStepByRequest: (runId, requestId) => hot().findStepByRequest(runId, requestId),
    appendStep: (step) => hot().appendStep(step),
  };
}

/**
 * Opens PostgreSQL through a pg Pool (`max` connections, 20 by default; a query waits at most `waitMs`,
 * 5000 by default, for a free connection). `schema` (created if missing)
 * isolates a test run's tables. The run hot path uses named prepared statements on the pool
 * (`fastPath: false` keeps everything on Kysely, for comparison).
 *
 * @example
 * const storage = openPostgresStorage('postgres://root@127.0.0.1:5432/test', { schema: 't_abc' });
 */
export function openPostgresStorage(
  url: string,
  options: {
    schema?: string;
    max?: number;
    fastPath?: boolean;
    waitMs?: number;
    /** Called with every SQL statement this storage runs, on Kysely and the fast path (tests count them). */
    onStatement?: (sql: string) => void;
  } = {},
): Storage {
  const schema = options.schema;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema))
    throw new Error(`schema name ${schema} must be lower-case letters, digits and underscores`);
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 20,
    // A bounded wait for a free connection (and for connecting): past it the query fails and the
    // request gets 503 with Retry-After, instead of queueing without bound behind a slow database.
    connectionTimeoutMillis: options.waitMs ?? 5000,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle connection whose backend was terminated (pg_terminate_backend, a database restart) emits
  // 'error' on the pool; without a listener that would crash the process. pg-pool drops the client and
  // the next query opens a fresh one, so there is nothing else to do.
  pool.on('error', () => undefined);
  // A checked-out client (inside a transaction, between its queries) has no pool listener: its backend's
  // FATAL message would be an unhandled 'error' event. The query in flight still rejects, and pg-pool
  // drops the client when it is released unusable.
  pool.on('connect', (client) => client.on('error', () => undefined));
  let ready: Promise<void> | undefined;
  if (schema) {
    ready = pool.query(`create schema if not exists ${schema}`).then(() => undefined);
  }
  const readyPool = async () => {
    await ready;
    return pool;
  };
  const onStatement = options.onStatement;
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: readyPool }),
    ...(onStatement ? { log: kyselyLog(onStatement) } : {}),
  });
  const storage = kyselyStorage(db, 'postgres', () => db.destroy(), schema);
  if (options.fastPath === false) return storage;
  return { ...storage, ...postgresFastPath(readyPool, onStatement) };
}

/** Kysely's log hook, passing on each statement it ran (or tried to run). */
function kyselyLog(onStatement: (sql: string) => void): (event: LogEvent) => void {
  return (event) => onStatement(event.query.sql);
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
