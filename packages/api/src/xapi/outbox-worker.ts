import { type Kysely, sql } from 'kysely';
import type { Logger } from 'pino';
import type { Database } from '../storage/schema';

/** How the worker paces itself; every time is in milliseconds. */
export interface OutboxWorkerOptions {
  db: Kysely<Database>;
  dialect: 'sqlite' | 'postgres';
  logger: Pick<Logger, 'warn' | 'error' | 'info'>;
  now?: () => Date;
  /** Statements claimed and sent per round. Default 50. */
  batchSize?: number;
  /** How long a claimed row is held: a worker killed mid-send loses its claim after this. Default 60 s. */
  leaseMs?: number;
  /** The wait between rounds when nothing was due. Default 1 s. */
  pollMs?: number;
  /** The first retry's delay; each failed attempt doubles it, up to `backoffMaxMs`. Defaults 1 s and 5 min. */
  backoffBaseMs?: number;
  backoffMaxMs?: number;
  /** One request to the LRS gives up after this. Default 10 s. */
  timeoutMs?: number;
}

interface Claimed {
  id: string;
  organisation_id: string;
  statement_json: string;
  attempts: number;
}

/**
 * The delay before attempt `attempts + 1`: base × 2^(attempts − 1), capped.
 *
 * @example
 * retryDelay(3, 1000, 60_000); // 4000
 */
export function retryDelay(attempts: number, baseMs: number, maxMs: number): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, Math.min(30, attempts - 1)));
}

/**
 * Sends the xAPI outbox to each organisation's LRS: claims due rows (PostgreSQL: `for update skip locked`,
 * so several server processes share the work; every dialect: a lease, so a killed process's rows come back
 * after `leaseMs`), posts them in one batch per organisation, marks the acknowledged ones sent, and gives
 * the others a later attempt with exponential backoff. A resend is safe: statement ids are deterministic
 * and an LRS keeps one statement per id.
 *
 * @example
 * const worker = startOutboxWorker({ db: storage.db, dialect: storage.dialect, logger });
 * await worker.stop();
 */
export function startOutboxWorker(options: OutboxWorkerOptions) {
  const { db, dialect, logger } = options;
  const now = options.now ?? (() => new Date());
  const batchSize = options.batchSize ?? 50;
  const leaseMs = options.leaseMs ?? 60_000;
  const pollMs = options.pollMs ?? 1000;
  const backoffBaseMs = options.backoffBaseMs ?? 1000;
  const backoffMaxMs = options.backoffMaxMs ?? 5 * 60_000;
  const timeoutMs = options.timeoutMs ?? 10_000;

  async function claim(): Promise<Claimed[]> {
    const at = now();
    const nowIso = at.toISOString();
    const lease = new Date(at.getTime() + leaseMs).toISOString();
    const lock = dialect === 'postgres' ? sql.raw('for update skip locked') : sql.raw('');
    const { rows } = await sql<Claimed>`update xapi_outbox set lease_until = ${lease}, attempts = attempts + 1
      where id in (
        select id from xapi_outbox
        where sent_at is null and next_attempt_at <= ${nowIso}
          and (lease_until is null or lease_until <= ${nowIso})
        order by next_attempt_at, created_at, id
        limit ${batchSize} ${lock}
      )
      returning id, organisation_id, statement_json, attempts`.execute(db);
    return rows.map((r) => ({ ...r, attempts: Number(r.attempts) }));
  }

  async function post(
    endpoint: string,
    key: string,
    secret: string,
    rows: Claimed[],
  ): Promise<string | null> {
    try {
      const res = await fetch(`${endpoint.replace(/\/+$/, '')}/statements`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-experience-api-version': '1.0.3',
          authorization: `Basic ${Buffer.from(`${key}:${secret}`).toString('base64')}`,
        },
        body: `[${rows.map((r) => r.statement_json).join(',')}]`,
        signal: AbortSignal.timeout(timeoutMs),
      });
      await res.arrayBuffer().catch(() => undefined);
      return res.ok ? null : `the LRS answered ${res.status}`;
    } catch (err) {
      return `the LRS could not be reached: ${err instanceof Error ? err.message : String(err)}`;
    }
  }

  async function settle(rows: Claimed[], error: string | null) {
    if (rows.length === 0) return;
    const at = now();
    if (error === null) {
      await db
        .updateTable('xapi_outbox')
        .set({ sent_at: at.toISOString(), lease_until: null, last_error: null })
        .where(
          'id',
          'in',
          rows.map((r) => r.id),
        )
        .execute();
      return;
    }
    for (const row of rows)
      await db
        .updateTable('xapi_outbox')
        .set({
          lease_until: null,
          last_error: error.slice(0, 500),
          next_attempt_at: new Date(
            at.getTime() + retryDelay(row.attempts, backoffBaseMs, backoffMaxMs),
          ).toISOString(),
        })
        .where('id', '=', row.id)
        .execute();
  }

  /** One round: claim, send, settle. Returns how many rows were claimed. */
  async function runOnce(): Promise<number> {
    const claimed = await claim();
    if (claimed.length === 0) return 0;
    const byOrg = new Map<string, Claimed[]>();
    for (const row of claimed)
      byOrg.set(row.organisation_id, [...(byOrg.get(row.organisation_id) ?? []), row]);
    const settings = await db
      .selectFrom('organisation_lrs')
      .select(['organisation_id', 'endpoint', 'lrs_key', 'lrs_secret', 'enabled'])
      .where('organisation_id', 'in', [...byOrg.keys()])
      .execute();
    for (const [orgId, rows] of byOrg) {
      const lrs = settings.find((s) => s.organisation_id === orgId);
      // Removed or turned off after the statements were written: keep them, retry later.
      const error =
        lrs && Number(lrs.enabled) === 1
          ? await post(lrs.endpoint, lrs.lrs_key, lrs.lrs_secret, rows)
          : 'the organisation has no enabled LRS';
      if (error) logger.warn({ organisationId: orgId, statements: rows.length, error }, 'xAPI send failed');
      await settle(rows, error);
    }
    return claimed.length;
  }

  let stopped = false;
  let wake: (() => void) | undefined;
  const loop = (async () => {
    while (!stopped) {
      let claimed = 0;
      try {
        claimed = await runOnce();
      } catch (err) {
        logger.error({ err: String(err) }, 'xAPI outbox round failed');
      }
      if (claimed < batchSize && !stopped)
        await new Promise<void>((done) => {
          const timer = setTimeout(done, pollMs);
          timer.unref();
          wake = () => {
            clearTimeout(timer);
            done();
          };
        });
    }
  })();

  return {
    runOnce,
    /** Finishes the round in flight, then stops. */
    async stop() {
      stopped = true;
      wake?.();
      await loop;
    },
  };
}

export type OutboxWorker = ReturnType<typeof startOutboxWorker>;
