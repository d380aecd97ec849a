import type { Kysely } from 'kysely';

// The rubric a scenario version was scored with, so an old run's debrief keeps its competency names and
// weights after the rubric changes on disk. Null for versions stored before this migration (they use the
// current rubric).

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('scenario_versions').addColumn('rubric_json', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('scenario_versions').dropColumn('rubric_json').execute();
}
