import { type Kysely, sql } from 'kysely';

// Runs are pinned to the language they started in (issue 14): the engine and scoring never see it; the
// API shows the run's content through that language's string table. Runs from before this are English.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('runs')
    .addColumn('lang', 'text', (c) => c.notNull().defaultTo(sql`'en'`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('runs').dropColumn('lang').execute();
}
