import { resolve } from 'node:path';
import type { ServerConfig } from '../env';
import { openPostgresStorage, openSqliteStorage } from './open-storage';
import type { Storage } from './storage';

/**
 * The storage a parsed configuration names: PostgreSQL when DATABASE_URL is set, else the SQLite file
 * `doorway.sqlite` under DATA_DIR. The server and the `doorway users` command open the same database.
 *
 * @example
 * const storage = openStorageFromConfig(parseEnv(process.env, repoRoot).value);
 */
export function openStorageFromConfig(
  config: Pick<
    ServerConfig,
    'DATABASE_URL' | 'dataDir' | 'SQLITE_SYNC' | 'PG_POOL_MAX' | 'PG_POOL_WAIT_MS' | 'STORAGE_FAST_PATH'
  >,
): Storage {
  return config.DATABASE_URL
    ? openPostgresStorage(config.DATABASE_URL, {
        max: config.PG_POOL_MAX,
        waitMs: config.PG_POOL_WAIT_MS,
        fastPath: config.STORAGE_FAST_PATH,
      })
    : openSqliteStorage(resolve(config.dataDir, 'doorway.sqlite'), {
        sync: config.SQLITE_SYNC,
        fastPath: config.STORAGE_FAST_PATH,
      });
}
