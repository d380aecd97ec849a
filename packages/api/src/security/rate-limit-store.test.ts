import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStorage } from '../storage/open-storage';
import type { Storage } from '../storage/storage';
import { databaseRateLimitStore, rateLimitStoreFor } from './rate-limit-store';
import { createRateLimiter } from './rate-limiter';

const opened: Storage[] = [];
afterEach(async () => {
  for (const s of opened.splice(0)) await s.close();
});

async function storage() {
  const s = openSqliteStorage(':memory:');
  opened.push(s);
  await s.migrate();
  return s;
}

describe('databaseRateLimitStore (real SQLite; the same upsert runs on PostgreSQL)', () => {
  it('counts hits per scope and key, restarting at a new window', async () => {
    const store = databaseRateLimitStore((await storage()).db);
    expect(await store.hit('login', 'a', 7)).toBe(1);
    expect(await store.hit('login', 'a', 7)).toBe(2);
    expect(await store.hit('join', 'a', 7)).toBe(1);
    expect(await store.hit('login', 'b', 7)).toBe(1);
    expect(await store.hit('login', 'a', 8)).toBe(1);
    expect(await store.hit('login', 'a', 8)).toBe(2);
  });

  it('makes two limiters over one database share a limit, with Retry-After to the window end', async () => {
    const db = (await storage()).db;
    let now = 120_000 + 15_000;
    const config = { max: 3, windowMs: 60_000 };
    const one = createRateLimiter(config, () => now, { store: databaseRateLimitStore(db), scope: 'runs' });
    const two = createRateLimiter(config, () => now, { store: databaseRateLimitStore(db), scope: 'runs' });
    expect(await one.take('x')).toEqual({ ok: true });
    expect(await two.take('x')).toEqual({ ok: true });
    expect(await one.take('x')).toEqual({ ok: true });
    expect(await two.take('x')).toEqual({ ok: false, retryAfterSeconds: 45 });
    expect(await one.take('y')).toEqual({ ok: true });
    now = 180_000;
    expect(await two.take('x')).toEqual({ ok: true });
  });

  it('is used only on PostgreSQL: SQLite counts in process', async () => {
    const s = await storage();
    expect(rateLimitStoreFor(s)).toBeUndefined();
    expect(rateLimitStoreFor({ dialect: 'postgres', db: s.db })).toBeDefined();
  });
});
