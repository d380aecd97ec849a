/** The table of mailed invites (migration 010_mail_outbox). */

/** One invite's e-mail: waiting, retrying, sent or given up on. */
export interface MailOutboxTable {
  invite_id: string;
  organisation_id: string;
  to_address: string;
  /** The language the message is written in: 'en' or 'es'. */
  lang: string;
  /** `{ subject, text, html }` as JSON while it may still be sent; null once sent or failed. */
  message_json: string | null;
  created_at: string;
  attempts: number;
  next_attempt_at: string;
  lease_until: string | null;
  sent_at: string | null;
  failed_at: string | null;
  last_error: string | null;
}

export interface MailTables {
  mail_outbox: MailOutboxTable;
}
