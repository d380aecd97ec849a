import type { Kysely } from 'kysely';

// Portable types only (text, integer): the same migration runs on SQLite and PostgreSQL.
// Timestamps are ISO-8601 text so both databases sort and compare them the same way.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('scenario_versions')
    .addColumn('scenario_id', 'text', (c) => c.notNull())
    .addColumn('version', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('scenario_json', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('scenario_versions_pk', ['scenario_id', 'content_hash'])
    .execute();

  await db.schema
    .createTable('runs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('scenario_id', 'text', (c) => c.notNull())
    .addColumn('scenario_version', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('seed', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull())
    .addColumn('last_seq', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addForeignKeyConstraint(
      'runs_scenario_version_fk',
      ['scenario_id', 'content_hash'],
      'scenario_versions',
      ['scenario_id', 'content_hash'],
    )
    .execute();

  await db.schema
    .createTable('run_steps')
    .addColumn('run_id', 'text', (c) => c.notNull().references('runs.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('request_id', 'text')
    .addColumn('step_json', 'text', (c) => c.notNull())
    .addColumn('response_json', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('run_steps_pk', ['run_id', 'seq'])
    .addUniqueConstraint('run_steps_request_unique', ['run_id', 'request_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('run_steps').execute();
  await db.schema.dropTable('runs').execute();
  await db.schema.dropTable('scenario_versions').execute();
}
