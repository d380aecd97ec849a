import type { Kysely } from 'kysely';

// Authoring: scenario drafts of an organisation with every saved revision (history), and the published
// scenario versions (the YAML an author published, who published it and when). Published versions are read
// back at every start, so they survive a restart. Portable types only, as in 001.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('scenario_drafts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) =>
      c.notNull().references('organisations.id').onDelete('cascade'),
    )
    // Read from the text at each save, best effort (a draft that does not parse keeps the last ones seen).
    .addColumn('scenario_id', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('yaml', 'text', (c) => c.notNull())
    // Starts at 1; each save adds one. A save must name the revision it was based on (optimistic lock).
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('scenario_drafts_org_idx')
    .on('scenario_drafts')
    .column('organisation_id')
    .execute();

  await db.schema
    .createTable('scenario_draft_revisions')
    .addColumn('draft_id', 'text', (c) => c.notNull().references('scenario_drafts.id').onDelete('cascade'))
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('yaml', 'text', (c) => c.notNull())
    .addColumn('saved_by', 'text')
    .addColumn('saved_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('scenario_draft_revisions_pk', ['draft_id', 'revision'])
    .execute();

  // One row per published (scenario id, version): the primary key makes two publishes of one version fail.
  await db.schema
    .createTable('published_scenarios')
    .addColumn('scenario_id', 'text', (c) => c.notNull())
    .addColumn('version', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('yaml', 'text', (c) => c.notNull())
    .addColumn('organisation_id', 'text')
    .addColumn('draft_id', 'text')
    .addColumn('draft_revision', 'integer')
    .addColumn('published_by', 'text')
    .addColumn('published_by_name', 'text')
    .addColumn('published_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('published_scenarios_pk', ['scenario_id', 'version'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('published_scenarios').execute();
  await db.schema.dropTable('scenario_draft_revisions').execute();
  await db.schema.dropTable('scenario_drafts').execute();
}
