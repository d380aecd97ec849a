import { type Kysely, sql } from 'kysely';
import type { Logger } from 'pino';
import { inviteStatus } from '../courses/invite-store';
import type { Database } from '../storage/schema';
import { retryDelay } from '../xapi/outbox-worker';
import type { MailMessage } from './invite-message';
import type { SendMail } from './smtp-sender';

/** How the mail worker paces itself; every time is in milliseconds. */
export interface MailWorkerOptions {
  db: Kysely<Database>;
  dialect: 'sqlite' | 'postgres';
  logger: Pick<Logger, 'warn' | 'error' | 'info'>;
  send: SendMail;
  now?: () => Date;
  /** Tries before a message is marked failed. Default 8. */
  maxAttempts?: number;
  /** Messages claimed per round. Default 10. */
  batchSize?: number;
  /** How long a claimed row is held: a worker killed mid-send loses its claim after this. Default 2 min. */
  leaseMs?: number;
  /** The wait between rounds when nothing was due. Default 2 s. */
  pollMs?: number;
  /** The first retry's delay, doubled after each failure up to `backoffMaxMs`. Defaults 30 s and 30 min. */
  backoffBaseMs?: number;
  backoffMaxMs?: number;
}

interface Claimed {
  invite_id: string;
  to_address: string;
  lang: string;
  message_json: string | null;
  attempts: number;
  lease_until: string;
}

/**
 * Sends the invite mail outbox: claims due messages (PostgreSQL: `for update skip locked`, so several server
 * processes share it; every dialect: a lease, so a killed process's messages come back after `leaseMs`),
 * sends each, marks it sent, or gives it a later try with exponential backoff, and after `maxAttempts` tries
 * marks it failed with the reason. The message (and so the join link) is erased once sent or failed. An invite
 * withdrawn or expired before its message went out is not sent. A row changed while it was being sent (a
 * resend) keeps its new state: results are written only under the claim's own lease.
 *
 * @example
 * const worker = startMailWorker({ db: storage.db, dialect: storage.dialect, logger, send: smtpSender(url, from) });
 * await worker.stop();
 */
export function startMailWorker(options: MailWorkerOptions) {
  const { db, dialect, logger, send } = options;
  const now = options.now ?? (() => new Date());
  const maxAttempts = options.maxAttempts ?? 8;
  const batchSize = options.batchSize ?? 10;
  const leaseMs = options.leaseMs ?? 120_000;
  const pollMs = options.pollMs ?? 2000;
  const backoffBaseMs = options.backoffBaseMs ?? 30_000;
  const backoffMaxMs = options.backoffMaxMs ?? 30 * 60_000;

  async function claim(): Promise<Claimed[]> {
    const at = now();
    const nowIso = at.toISOString();
    const lease = new Date(at.getTime() + leaseMs).toISOString();
    const lock = dialect === 'postgres' ? sql.raw('for update skip locked') : sql.raw('');
    const { rows } = await sql<Claimed>`update mail_outbox set lease_until = ${lease}, attempts = attempts + 1
      where invite_id in (
        select invite_id from mail_outbox
        where sent_at is null and failed_at is null and next_attempt_at <= ${nowIso}
          and (lease_until is null or lease_until <= ${nowIso})
        order by next_attempt_at, created_at, invite_id
        limit ${batchSize} ${lock}
      )
      returning invite_id, to_address, lang, message_json, attempts, lease_until`.execute(db);
    return rows.map((r) => ({ ...r, attempts: Number(r.attempts) }));
  }

  /** Writes the outcome, only while the row is still under this claim. */
  async function settle(row: Claimed, outcome: { ok: true } | { ok: false; error: string; final: boolean }) {
    const at = now();
    const base = db
      .updateTable('mail_outbox')
      .where('invite_id', '=', row.invite_id)
      .where('lease_until', '=', row.lease_until);
    if (outcome.ok) {
      await base
        .set({ sent_at: at.toISOString(), lease_until: null, message_json: null, last_error: null })
        .execute();
      return;
    }
    const final = outcome.final || row.attempts >= maxAttempts;
    await base
      .set(
        final
          ? { failed_at: at.toISOString(), lease_until: null, message_json: null, last_error: outcome.error }
          : {
              lease_until: null,
              last_error: outcome.error,
              next_attempt_at: new Date(
                at.getTime() + retryDelay(row.attempts, backoffBaseMs, backoffMaxMs),
              ).toISOString(),
            },
      )
      .execute();
  }

  async function deliver(row: Claimed) {
    const invite = await db
      .selectFrom('invites')
      .selectAll()
      .where('id', '=', row.invite_id)
      .executeTakeFirst();
    if (!invite || inviteStatus(invite, now()) !== 'active' || row.message_json === null)
      return settle(row, {
        ok: false,
        final: true,
        error: 'not sent: the invite was withdrawn, expired or used up before it could be sent',
      });
    const message = JSON.parse(row.message_json) as MailMessage;
    const result = await send(row.to_address, row.lang, message);
    if (!result.ok)
      logger.warn(
        { inviteId: row.invite_id, attempt: row.attempts, error: result.error },
        'invite mail not sent',
      );
    return settle(row, result.ok ? result : { ...result, final: false });
  }

  /** One round: claim, send, settle. Returns how many messages were claimed. */
  async function runOnce(): Promise<number> {
    const claimed = await claim();
    for (const row of claimed) await deliver(row);
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
        logger.error({ err: String(err) }, 'invite mail round failed');
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

export type MailWorker = ReturnType<typeof startMailWorker>;
