import pg from 'pg';

const LOCAL = 'postgres://root@127.0.0.1:5432/test';

/**
 * The PostgreSQL to test against: DATABASE_URL, else the local server if one answers. With CI set
 * it must be reachable (CI always has one), so a missing server fails the run instead of skipping.
 *
 * @example
 * const url = await postgresForTests(); // undefined only outside CI with no server
 */
export async function postgresForTests(): Promise<string | undefined> {
  const url = process.env.DATABASE_URL || LOCAL;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return url;
  } catch (error) {
    if (process.env.CI)
      throw new Error(`PostgreSQL at ${url} is required in CI but not reachable: ${String(error)}`);
    console.warn(`PostgreSQL tests not run: no server answered at ${url} (set DATABASE_URL to run them).`);
    return undefined;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Runs SQL against the database (schema set-up and clean-up in tests). */
export async function pgExec(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Runs a query against the database and returns its rows (checks in tests). */
export async function pgRows(url: string, sql: string): Promise<Record<string, unknown>[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

/** A connection URL whose sessions use `schema` first (node-postgres passes `options` to the server). */
export function withSearchPath(url: string, schema: string): string {
  const u = new URL(url);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return u.toString();
}
