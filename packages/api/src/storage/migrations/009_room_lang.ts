import { type Kysely, sql } from 'kysely';

// Workshop rooms in a language (issue 14): a room shows the presenter its scenario in one language, and
// each phone chooses its own. Votes stay option ids, so a language never reaches the tally or the engine.
// Rooms and participants from before this are English.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('rooms')
    .addColumn('lang', 'text', (c) => c.notNull().defaultTo(sql`'en'`))
    .execute();
  await db.schema
    .alterTable('room_participants')
    .addColumn('lang', 'text', (c) => c.notNull().defaultTo(sql`'en'`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('room_participants').dropColumn('lang').execute();
  await db.schema.alterTable('rooms').dropColumn('lang').execute();
}
