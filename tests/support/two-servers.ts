import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll } from 'vitest';
import { pgExec, withSearchPath } from './postgres';
import { type RunningServer, startServer } from './server';

/**
 * Two real server processes on one fresh PostgreSQL schema for the enclosing describe block (started
 * before its tests, stopped and the schema dropped after). Read `a` and `b` inside tests; `databaseUrl`
 * reaches the same schema (for a third process, or a check in SQL).
 *
 * @example
 * const servers = twoServersOnOneSchema(url, 'doorway_ws', { RATE_LIMIT_RUNS_PER_MINUTE: '4' });
 * it('...', async () => fetch(`${servers.a.url}/api/health`));
 */
export function twoServersOnOneSchema(
  url: string | undefined,
  prefix: string,
  extraEnv: Record<string, string> = {},
): { a: RunningServer; b: RunningServer; databaseUrl: string } {
  const schema = `${prefix}_${randomBytes(5).toString('hex')}`;
  const servers = { databaseUrl: url ? withSearchPath(url, schema) : '' } as {
    a: RunningServer;
    b: RunningServer;
    databaseUrl: string;
  };
  beforeAll(async () => {
    if (!url) return;
    await pgExec(url, `create schema ${schema}`);
    const env = { DATABASE_URL: servers.databaseUrl, ...extraEnv };
    servers.a = await startServer({ env });
    servers.b = await startServer({ env });
  }, 120_000);
  afterAll(async () => {
    await servers.a?.stop();
    await servers.b?.stop();
    if (url) await pgExec(url, `drop schema if exists ${schema} cascade`);
  });
  return servers;
}
