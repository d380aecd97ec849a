import type { Kysely } from 'kysely';

// xAPI for organisations with a Learning Record Store: the LRS settings (one row per organisation, the
// secret stays server-side) and the outbox of statements written in the same transaction as the step
// they describe, sent later by the outbox worker. Portable types; timestamps are ISO-8601 text.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('organisation_lrs')
    .addColumn('organisation_id', 'text', (c) =>
      c.primaryKey().references('organisations.id').onDelete('cascade'),
    )
    .addColumn('endpoint', 'text', (c) => c.notNull())
    .addColumn('lrs_key', 'text', (c) => c.notNull())
    .addColumn('lrs_secret', 'text', (c) => c.notNull())
    .addColumn('enabled', 'integer', (c) => c.notNull())
    // Keys the HMAC that turns a user id into the opaque actor name; never leaves the server.
    .addColumn('actor_salt', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('xapi_outbox')
    // The statement id (deterministic from run id, step seq and verb): a resend carries the same id.
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull())
    .addColumn('run_id', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('statement_json', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    // A worker holds a claimed row until this time; a killed worker's rows are claimed again after it.
    .addColumn('lease_until', 'text')
    .addColumn('sent_at', 'text')
    .addColumn('last_error', 'text')
    .execute();
  await db.schema
    .createIndex('xapi_outbox_pending_idx')
    .on('xapi_outbox')
    .columns(['sent_at', 'next_attempt_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('xapi_outbox').execute();
  await db.schema.dropTable('organisation_lrs').execute();
}
