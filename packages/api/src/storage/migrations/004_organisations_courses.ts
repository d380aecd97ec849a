import { type Kysely, sql } from 'kysely';

// Organisations, memberships, invites and sign-in links; courses, cohorts, enrolments and attempts.
// Portable types only, as in 001. Every existing account becomes a member of one default organisation
// (as facilitator; the oldest account is also its admin), so an upgrade loses no user, session, run or room.

/** The id of the organisation the upgrade creates; new single-organisation deployments use it too. */
export const DEFAULT_ORGANISATION_ID = 'org_default';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('organisations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    // Days course data is kept after its last change; null keeps it until deleted.
    .addColumn('retention_days', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  // One row per role a person holds in an organisation (admin, manager, facilitator, author, trainee).
  await db.schema
    .createTable('memberships')
    .addColumn('organisation_id', 'text', (c) =>
      c.notNull().references('organisations.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('memberships_pk', ['organisation_id', 'user_id', 'role'])
    .execute();
  await db.schema.createIndex('memberships_user_idx').on('memberships').column('user_id').execute();

  await db.schema
    .createTable('courses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) =>
      c.notNull().references('organisations.id').onDelete('cascade'),
    )
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    // Which attempt of a step counts: 'best' or 'last'.
    .addColumn('attempt_policy', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('courses_org_idx').on('courses').column('organisation_id').execute();

  // A step is a scenario (pinned to one stored version) or a workshop session a facilitator marks done.
  await db.schema
    .createTable('course_steps')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('course_id', 'text', (c) => c.notNull().references('courses.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('scenario_id', 'text')
    .addColumn('scenario_version', 'text')
    .addColumn('content_hash', 'text')
    // 'practice' or 'assessment'; null for a workshop step.
    .addColumn('mode', 'text')
    // 'score' (overall score at least pass_score and no critical error) or 'completion'; null: no rule.
    .addColumn('pass_rule', 'text')
    .addColumn('pass_score', 'integer')
    .addColumn('due_at', 'text')
    .addForeignKeyConstraint(
      'course_steps_scenario_version_fk',
      ['scenario_id', 'content_hash'],
      'scenario_versions',
      ['scenario_id', 'content_hash'],
    )
    .execute();
  await db.schema.createIndex('course_steps_course_idx').on('course_steps').column('course_id').execute();

  await db.schema
    .createTable('cohorts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) =>
      c.notNull().references('organisations.id').onDelete('cascade'),
    )
    .addColumn('course_id', 'text', (c) => c.notNull().references('courses.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('cohorts_org_idx').on('cohorts').column('organisation_id').execute();

  // An invite to the organisation (a role) or a cohort join link (role trainee, cohort set). Only the
  // sha256 of the token is kept. Expires; revoked_at set when revoked; max_uses null means unlimited.
  await db.schema
    .createTable('invites')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) =>
      c.notNull().references('organisations.id').onDelete('cascade'),
    )
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('cohort_id', 'text', (c) => c.references('cohorts.id').onDelete('cascade'))
    .addColumn('email', 'text')
    .addColumn('max_uses', 'integer')
    .addColumn('uses', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  // One-time sign-in links a manager hands out: used once (used_at), then dead; they expire too.
  await db.schema
    .createTable('sign_in_links')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('organisation_id', 'text', (c) =>
      c.notNull().references('organisations.id').onDelete('cascade'),
    )
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  // One person in one cohort; the unique constraint makes a second enrolment a no-op.
  await db.schema
    .createTable('enrolments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('cohort_id', 'text', (c) => c.notNull().references('cohorts.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('enrolments_person_cohort_unique', ['cohort_id', 'user_id'])
    .execute();
  await db.schema.createIndex('enrolments_user_idx').on('enrolments').column('user_id').execute();

  // A run started for an enrolment's step: the run itself is a normal run, scored by replay.
  await db.schema
    .createTable('course_attempts')
    .addColumn('run_id', 'text', (c) => c.primaryKey().references('runs.id').onDelete('cascade'))
    .addColumn('enrolment_id', 'text', (c) => c.notNull().references('enrolments.id').onDelete('cascade'))
    .addColumn('step_id', 'text', (c) => c.notNull().references('course_steps.id').onDelete('cascade'))
    .addColumn('started_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('course_attempts_enrolment_idx')
    .on('course_attempts')
    .columns(['enrolment_id', 'step_id'])
    .execute();

  // A workshop step marked done for one enrolment by a facilitator.
  await db.schema
    .createTable('step_marks')
    .addColumn('enrolment_id', 'text', (c) => c.notNull().references('enrolments.id').onDelete('cascade'))
    .addColumn('step_id', 'text', (c) => c.notNull().references('course_steps.id').onDelete('cascade'))
    .addColumn('marked_by', 'text')
    .addColumn('marked_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('step_marks_pk', ['enrolment_id', 'step_id'])
    .execute();

  // What a trainee completed, copied out when they complete a course: kept when the course is deleted
  // (unless the manager asks otherwise), gone with the trainee.
  await db.schema
    .createTable('completion_records')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) =>
      c.notNull().references('organisations.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('course_id', 'text', (c) => c.notNull())
    .addColumn('cohort_id', 'text', (c) => c.notNull())
    .addColumn('course_title', 'text', (c) => c.notNull())
    .addColumn('passed', 'integer', (c) => c.notNull())
    .addColumn('summary_json', 'text', (c) => c.notNull())
    .addColumn('completed_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('completion_records_unique', ['user_id', 'cohort_id'])
    .execute();

  const now = new Date().toISOString();
  await sql`insert into organisations (id, name, retention_days, created_at)
    values (${DEFAULT_ORGANISATION_ID}, ${'Default organisation'}, ${null}, ${now})`.execute(db);
  await sql`insert into memberships (organisation_id, user_id, role, created_at)
    select ${DEFAULT_ORGANISATION_ID}, id, ${'facilitator'}, created_at from users`.execute(db);
  await sql`insert into memberships (organisation_id, user_id, role, created_at)
    select ${DEFAULT_ORGANISATION_ID}, id, ${'admin'}, created_at from users
    where id = (select id from users order by created_at, id limit 1)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'completion_records',
    'step_marks',
    'course_attempts',
    'enrolments',
    'sign_in_links',
    'invites',
    'cohorts',
    'course_steps',
    'courses',
    'memberships',
    'organisations',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
