import { compareVersions, contentHash, loadScenarioText } from '@doorway/scenarios';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { type PgListener, pgListener } from '../storage/pg-listener';
import type { Database } from '../storage/schema';
import type { LiveCatalog } from './live-catalog';

export const PUBLISH_CHANNEL = 'doorway_published';

/** Keeps a process's live catalog in step with the published_scenarios table. */
export interface PublicationFeed {
  /** Loads every published version this process has not loaded yet; resolves to how many it added. */
  sync(): Promise<number>;
  /** Tells the other processes a version was published (a no-op with one process). */
  announce(scenarioId: string, version: string): Promise<void>;
  close(): Promise<void>;
}

type Warn = { warn: (facts: object, message: string) => void };
type Log = Warn & { error: (facts: object, message: string) => void };

/**
 * Loads published versions from the database into the catalog, each once: the first call reads them all
 * (at start), later calls only rows this process has not seen. A version that no longer loads against the
 * current rubric is logged and left out (the server starts all the same).
 *
 * @example
 * const sync = publishedSync(storage.db, catalog, logger);
 * await sync(); // 3
 */
export function publishedSync(
  db: Kysely<Database>,
  catalog: LiveCatalog,
  logger: Warn,
): () => Promise<number> {
  const seen = new Set<string>();
  const key = (id: string, version: string) => `${id}\u0000${version}`;
  let current: Promise<unknown> = Promise.resolve();
  let queued: Promise<number> | undefined;
  const once = async (): Promise<number> => {
    const rows = await db.selectFrom('published_scenarios').select(['scenario_id', 'version']).execute();
    const fresh = rows
      .filter((r) => !seen.has(key(r.scenario_id, r.version)))
      .sort((a, b) => a.scenario_id.localeCompare(b.scenario_id) || compareVersions(a.version, b.version));
    let loaded = 0;
    for (const r of fresh) {
      const row = await db
        .selectFrom('published_scenarios')
        .select(['yaml'])
        .where('scenario_id', '=', r.scenario_id)
        .where('version', '=', r.version)
        .executeTakeFirst();
      seen.add(key(r.scenario_id, r.version));
      if (!row) continue;
      try {
        const result = loadScenarioText(row.yaml, `${r.scenario_id}.yaml`, catalog.rubric);
        if (!result.ok) {
          logger.warn(
            { scenarioId: r.scenario_id, version: r.version, problems: result.error.length },
            'a published scenario no longer loads; it is left out of the catalog',
          );
          continue;
        }
        const scenario = result.value.scenario;
        catalog.publish({ scenario, contentHash: contentHash(scenario, catalog.rubric) }, row.yaml);
        loaded += 1;
      } catch (err) {
        logger.warn(
          { scenarioId: r.scenario_id, err: String(err) },
          'a published scenario could not be read',
        );
      }
    }
    return loaded;
  };
  // One sync at a time. A call during a sync waits for one more pass after it (the row it was told
  // about may have been committed after that sync read the table); calls waiting together share that pass.
  const sync = (): Promise<number> => {
    if (queued) return queued;
    const next = current.then(
      () => {
        queued = undefined;
        return once();
      },
      () => {
        queued = undefined;
        return once();
      },
    );
    queued = next;
    current = next.catch(() => undefined);
    return next;
  };
  return sync;
}

/**
 * The feed for one process (SQLite): every publish goes through this process, so there is nothing to hear.
 *
 * @example
 * const feed = singleProcessFeed(storage.db, catalog, logger); await feed.sync();
 */
export function singleProcessFeed(db: Kysely<Database>, catalog: LiveCatalog, logger: Log): PublicationFeed {
  const sync = publishedSync(db, catalog, logger);
  return { sync, announce: async () => undefined, close: async () => undefined };
}

/**
 * The feed across processes on PostgreSQL: a publish sends `NOTIFY doorway_published`; every process
 * listens (reconnecting after a drop, and catching up then) and loads the new rows; a poll every `pollMs`
 * catches anything a lost notification missed.
 *
 * @example
 * const feed = await postgresFeed(url, storage.db, catalog, logger, 30_000);
 */
export async function postgresFeed(
  url: string,
  db: Kysely<Database>,
  catalog: LiveCatalog,
  logger: Log,
  pollMs: number,
): Promise<PublicationFeed> {
  const sync = publishedSync(db, catalog, logger);
  const background = () => {
    sync().catch((err: unknown) =>
      logger.error({ err: String(err) }, 'could not read published scenario versions; will try again'),
    );
  };
  const listener: PgListener = pgListener(url, PUBLISH_CHANNEL, background, {
    onReconnect: background,
    log: (message) => logger.warn({}, `publication feed: ${message}`),
  });
  await listener.ready;
  const poll = setInterval(background, pollMs);
  poll.unref();
  const publisher = new pg.Pool({ connectionString: url, max: 1 });
  publisher.on('error', () => undefined);
  return {
    sync,
    async announce(scenarioId, version) {
      await publisher.query('SELECT pg_notify($1, $2)', [PUBLISH_CHANNEL, `${scenarioId}@${version}`]);
    },
    async close() {
      clearInterval(poll);
      await listener.close();
      await publisher.end().catch(() => undefined);
    },
  };
}
