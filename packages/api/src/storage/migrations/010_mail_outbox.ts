import type { Kysely } from 'kysely';

// Mailed invites (docs/courses.md, "Mailing invites"): one row per invite that was asked to go by e-mail, written
// in the same transaction as the invite, sent later by the mail worker with retries. The message (which holds
// the join link) is kept only until it is sent or given up on. Portable types; timestamps are ISO-8601 text.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('mail_outbox')
    // One delivery per invite: a resend replaces it.
    .addColumn('invite_id', 'text', (c) => c.primaryKey().references('invites.id').onDelete('cascade'))
    .addColumn('organisation_id', 'text', (c) =>
      c.notNull().references('organisations.id').onDelete('cascade'),
    )
    .addColumn('to_address', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    // `{ subject, text, html }`; null once sent or failed, so no join link stays in the table.
    .addColumn('message_json', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    // A worker holds a claimed row until this time; a killed worker's rows are claimed again after it.
    .addColumn('lease_until', 'text')
    .addColumn('sent_at', 'text')
    .addColumn('failed_at', 'text')
    .addColumn('last_error', 'text')
    .execute();
  await db.schema
    .createIndex('mail_outbox_pending_idx')
    .on('mail_outbox')
    .columns(['sent_at', 'failed_at', 'next_attempt_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('mail_outbox').execute();
}
