import SQLite from 'better-sqlite3';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from './database-unavailable';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it('knows a refused connection from a real pg client', async () => {
    // Port 1 on loopback: nothing listens, so the connection is refused.
    const client = new pg.Client({ connectionString: 'postgres://root@127.0.0.1:1/test' });
    const err = await client.connect().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isDatabaseUnavailable(err)).toBe(true);
  });

  it('knows a full pool (the bounded wait for a connection ran out)', async () => {
    const pool = new pg.Pool({
      connectionString: 'postgres://root@10.255.255.1:5432/test',
      connectionTimeoutMillis: 50,
    });
    const err = await pool.query('select 1').then(
      () => undefined,
      (e: unknown) => e,
    );
    await pool.end();
    expect(isDatabaseUnavailable(err)).toBe(true);
  });

  it('knows a terminated backend, a shutdown and a deadlock by their SQLSTATE', () => {
    expect(
      isDatabaseUnavailable(withCode('terminating connection due to administrator command', '57P01')),
    ).toBe(true);
    expect(isDatabaseUnavailable(withCode('the database system is starting up', '57P03'))).toBe(true);
    expect(isDatabaseUnavailable(withCode('sorry, too many clients already', '53300'))).toBe(true);
    expect(isDatabaseUnavailable(withCode('deadlock detected', '40P01'))).toBe(true);
    expect(isDatabaseUnavailable(new Error('wrapped', { cause: withCode('x', '08006') }))).toBe(true);
  });

  it('knows a busy SQLite database from a real second writer', () => {
    const file = `/tmp/doorway-busy-${process.pid}-${Date.now()}.sqlite`;
    const a = new SQLite(file);
    const b = new SQLite(file, { timeout: 10 });
    a.exec('create table t (x integer)');
    a.exec('begin immediate');
    let err: unknown;
    try {
      b.exec('begin immediate');
    } catch (e) {
      err = e;
    }
    a.exec('rollback');
    a.close();
    b.close();
    expect(isDatabaseUnavailable(err)).toBe(true);
  });

  it('leaves bugs and constraint violations to the 500 path', () => {
    expect(isDatabaseUnavailable(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe(
      false,
    );
    expect(isDatabaseUnavailable(withCode('duplicate key value violates unique constraint', '23505'))).toBe(
      false,
    );
    expect(isDatabaseUnavailable(withCode('column "x" does not exist', '42703'))).toBe(false);
    expect(isDatabaseUnavailable('a string')).toBe(false);
  });
});
