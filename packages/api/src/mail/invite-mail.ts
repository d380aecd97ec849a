import type { Kysely } from 'kysely';
import type { InvitesTable } from '../courses/schema';
import type { Lang } from '../schemas/runs';
import type { Database } from '../storage/schema';
import { inviteMessage } from './invite-message';
import type { MailOutboxTable } from './schema';

/** Where an invite's e-mail is: waiting for its first try, being retried, delivered, or given up on. */
export type DeliveryState = 'queued' | 'retrying' | 'sent' | 'failed';

/** An invite's e-mail as a manager sees it (never the message, which holds the link). */
export interface DeliveryView {
  to: string;
  lang: string;
  state: DeliveryState;
  attempts: number;
  /** Why the last try did not deliver it (the mail server's answer, or why it could not be reached). */
  lastError: string | null;
  nextAttemptAt: string | null;
  sentAt: string | null;
  failedAt: string | null;
}

/**
 * The delivery state of one outbox row.
 *
 * @example
 * deliveryView(row).state; // 'retrying'
 */
export function deliveryView(row: MailOutboxTable): DeliveryView {
  const state: DeliveryState = row.sent_at
    ? 'sent'
    : row.failed_at
      ? 'failed'
      : row.last_error
        ? 'retrying'
        : 'queued';
  return {
    to: row.to_address,
    lang: row.lang,
    state,
    attempts: Number(row.attempts),
    lastError: row.last_error,
    nextAttemptAt: state === 'queued' || state === 'retrying' ? row.next_attempt_at : null,
    sentAt: row.sent_at,
    failedAt: row.failed_at,
  };
}

/**
 * Writes (or, for a resend, replaces) the e-mail of an invite: the message in `lang` with the whole link,
 * who made the invite, its organisation, cohort and course, and its expiry. Call it in the transaction that
 * stores the invite or its new token, so an invite asked to be mailed always has its message queued.
 *
 * @example
 * await queueInviteMail(trx, { invite, token, lang: 'es', baseUrl: 'https://doorway.example.org' }, now);
 */
export async function queueInviteMail(
  db: Kysely<Database>,
  input: { invite: InvitesTable; token: string; lang: Lang; baseUrl: string },
  now: Date,
): Promise<DeliveryView> {
  const { invite } = input;
  const to = invite.email;
  if (!to) throw new Error('queueInviteMail: the invite has no e-mail address (the route checks this)');
  const org = await db
    .selectFrom('organisations')
    .select('name')
    .where('id', '=', invite.organisation_id)
    .executeTakeFirstOrThrow();
  const inviter = invite.created_by
    ? await db.selectFrom('users').select('name').where('id', '=', invite.created_by).executeTakeFirst()
    : undefined;
  const cohort = invite.cohort_id
    ? await db
        .selectFrom('cohorts')
        .innerJoin('courses', 'courses.id', 'cohorts.course_id')
        .select(['cohorts.name as name', 'courses.title as course'])
        .where('cohorts.id', '=', invite.cohort_id)
        .executeTakeFirst()
    : undefined;
  const message = inviteMessage({
    lang: input.lang,
    organisation: org.name,
    inviter: inviter?.name ?? null,
    role: invite.role,
    cohort: cohort ?? null,
    link: new URL(`/join/${input.token}`, input.baseUrl).toString(),
    expiresAt: new Date(invite.expires_at),
  });
  const at = now.toISOString();
  const row: MailOutboxTable = {
    invite_id: invite.id,
    organisation_id: invite.organisation_id,
    to_address: to,
    lang: input.lang,
    message_json: JSON.stringify(message),
    created_at: at,
    attempts: 0,
    next_attempt_at: at,
    lease_until: null,
    sent_at: null,
    failed_at: null,
    last_error: null,
  };
  const { invite_id: _key, ...fresh } = row;
  await db
    .insertInto('mail_outbox')
    .values(row)
    .onConflict((oc) => oc.column('invite_id').doUpdateSet(fresh))
    .execute();
  return deliveryView(row);
}

/**
 * The e-mail delivery of every invite of an organisation that was asked to be mailed, by invite id.
 *
 * @example
 * const deliveries = await deliveriesOf(db, 'org_default');
 * deliveries.get(inviteId)?.state; // 'sent'
 */
export async function deliveriesOf(
  db: Kysely<Database>,
  organisationId: string,
): Promise<Map<string, DeliveryView>> {
  const rows = await db
    .selectFrom('mail_outbox')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .execute();
  return new Map(rows.map((r) => [r.invite_id, deliveryView(r)]));
}
