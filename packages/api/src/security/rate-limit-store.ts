import { type Kysely, sql } from 'kysely';
import type { Database } from '../storage/schema';
import type { Storage } from '../storage/storage';

/** Counts hits per (scope, client key) in fixed windows numbered from the epoch, shared by every process. */
export interface RateLimitStore {
  /** Counts one hit in window `windowIndex` and returns the window's hits so far, this one included. */
  hit(scope: string, key: string, windowIndex: number): Promise<number>;
}

/**
 * A store over the `rate_limits` table: one atomic upsert per hit (a new window restarts the count), so
 * several server processes on one database share each limit. Old rows are pruned now and then.
 *
 * @example
 * const store = databaseRateLimitStore(storage.db);
 * await store.hit('login', '203.0.113.9', Math.floor(Date.now() / 60_000)); // 1
 */
export function databaseRateLimitStore(db: Kysely<Database>): RateLimitStore {
  let sincePrune = 0;
  return {
    async hit(scope, key, windowIndex) {
      const row = await db
        .insertInto('rate_limits')
        .values({ scope, client_key: key, window_index: windowIndex, hits: 1 })
        .onConflict((oc) =>
          oc.columns(['scope', 'client_key']).doUpdateSet({
            // Both expressions see the row as it was, so the window compared is the stored one.
            hits: sql<number>`case when rate_limits.window_index = excluded.window_index then rate_limits.hits + 1 else 1 end`,
            window_index: sql<number>`excluded.window_index`,
          }),
        )
        .returning('hits')
        .executeTakeFirstOrThrow();
      sincePrune += 1;
      if (sincePrune >= 1000) {
        sincePrune = 0;
        await db
          .deleteFrom('rate_limits')
          .where('window_index', '<', windowIndex - 1)
          .execute();
      }
      return Number(row.hits);
    },
  };
}

/**
 * The store limits use with this storage: shared through PostgreSQL (several processes may serve one
 * database); none with SQLite, whose one process counts in memory.
 *
 * @example
 * const store = rateLimitStoreFor(storage); // undefined on SQLite
 */
export function rateLimitStoreFor(storage: Pick<Storage, 'dialect' | 'db'>): RateLimitStore | undefined {
  return storage.dialect === 'postgres' ? databaseRateLimitStore(storage.db) : undefined;
}
