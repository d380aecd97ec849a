import type { Storage } from '@doorway/api';
import { describe, expect, it } from 'vitest';

const at = '2026-01-02T03:04:05.000Z';
const hash = 'ab'.repeat(32);

async function user(s: Storage, id: string, createdAt = at) {
  await s.db
    .insertInto('users')
    .values({ id, email: `${id}@example.org`, name: id, password_hash: 'x', created_at: createdAt })
    .execute();
}

async function scenarioAndRun(s: Storage, runId: string) {
  await s.saveScenarioVersion(
    { scenarioId: 'tiny', version: '1.0.0', contentHash: 'hash-1', scenarioJson: '{"id":"tiny"}' },
    at,
  );
  await s.createRun({
    id: runId,
    scenarioId: 'tiny',
    scenarioVersion: '1.0.0',
    contentHash: 'hash-1',
    mode: 'assessment',
    seed: 7,
    status: 'active',
    tokenHash: hash,
    lastSeq: 0,
    createdAt: at,
    updatedAt: at,
  });
}

/** An organisation with a course of one pinned scenario step, a cohort, and trainee `t1` enrolled. */
async function course(s: Storage) {
  await s.db
    .insertInto('organisations')
    .values({ id: 'o1', name: 'Org', retention_days: 30, created_at: at })
    .execute();
  await user(s, 't1');
  await s.db
    .insertInto('memberships')
    .values({ organisation_id: 'o1', user_id: 't1', role: 'trainee', created_at: at })
    .execute();
  await scenarioAndRun(s, 'r1');
  await s.db
    .insertInto('courses')
    .values({
      id: 'c1',
      organisation_id: 'o1',
      title: 'Onboarding',
      description: '',
      attempt_policy: 'best',
      created_by: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
  await s.db
    .insertInto('course_steps')
    .values({
      id: 's1',
      course_id: 'c1',
      position: 0,
      kind: 'scenario',
      title: 'Tiny',
      scenario_id: 'tiny',
      scenario_version: '1.0.0',
      content_hash: 'hash-1',
      mode: 'assessment',
      pass_rule: 'score',
      pass_score: 70,
      due_at: null,
    })
    .execute();
  await s.db
    .insertInto('cohorts')
    .values({ id: 'h1', organisation_id: 'o1', course_id: 'c1', name: 'May', created_at: at })
    .execute();
  await s.db
    .insertInto('enrolments')
    .values({ id: 'e1', cohort_id: 'h1', user_id: 't1', created_at: at })
    .execute();
  await s.db
    .insertInto('course_attempts')
    .values({ run_id: 'r1', enrolment_id: 'e1', step_id: 's1', started_at: at })
    .execute();
  await s.db
    .insertInto('completion_records')
    .values({
      id: 'k1',
      organisation_id: 'o1',
      user_id: 't1',
      course_id: 'c1',
      cohort_id: 'h1',
      course_title: 'Onboarding',
      passed: 1,
      summary_json: '{}',
      completed_at: at,
    })
    .execute();
}

const count = async (
  s: Storage,
  table: 'enrolments' | 'course_steps' | 'cohorts' | 'course_attempts' | 'completion_records' | 'memberships',
) =>
  Number(
    (
      await s.db
        .selectFrom(table)
        .select((e) => e.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

/**
 * The course tables (migration 004), run against every database. `open` returns a fresh storage that has
 * NOT been migrated, so the upgrade test can build the previous schema first.
 *
 * @example
 * coursesSuite('sqlite', async () => openSqliteStorage(':memory:'));
 */
export function coursesSuite(name: string, open: () => Promise<Storage>) {
  describe(`course tables on ${name}`, () => {
    it('upgrades a 003 database: accounts join the default organisation, nothing is lost', async () => {
      const s = await open();
      await s.migrate('003_scenario_rubric');
      await user(s, 'ana', '2025-01-01T00:00:00.000Z');
      await user(s, 'ben', '2025-02-01T00:00:00.000Z');
      await s.db
        .insertInto('user_sessions')
        .values({ token_hash: hash, user_id: 'ben', created_at: at, last_seen_at: at })
        .execute();
      await scenarioAndRun(s, 'r1');
      await s.appendStep({
        runId: 'r1',
        seq: 1,
        requestId: 'q',
        stepJson: '{"a":1}',
        responseJson: null,
        status: 'active',
        at,
      });
      await s.db
        .insertInto('rooms')
        .values({
          id: 'room1',
          code: 'ABC123',
          facilitator_id: 'ana',
          scenario_id: 'tiny',
          content_hash: 'hash-1',
          seed: 1,
          machine_json: '{}',
          phase: 'lobby',
          steps_json: '[]',
          version: 1,
          created_at: at,
          updated_at: at,
        })
        .execute();

      await s.migrate();

      expect(await s.db.selectFrom('users').select('id').orderBy('id').execute()).toEqual([
        { id: 'ana' },
        { id: 'ben' },
      ]);
      expect(await s.db.selectFrom('user_sessions').select('user_id').execute()).toEqual([
        { user_id: 'ben' },
      ]);
      expect((await s.listSteps('r1')).map((x) => x.stepJson)).toEqual(['{"a":1}']);
      expect((await s.getRun('r1'))?.lastSeq).toBe(1);
      expect(await s.db.selectFrom('rooms').select('code').execute()).toEqual([{ code: 'ABC123' }]);
      const orgs = await s.db.selectFrom('organisations').select(['id', 'retention_days']).execute();
      expect(orgs).toEqual([{ id: 'org_default', retention_days: null }]);
      const roles = await s.db
        .selectFrom('memberships')
        .select(['user_id', 'role'])
        .orderBy('user_id')
        .orderBy('role')
        .execute();
      expect(roles).toEqual([
        { user_id: 'ana', role: 'admin' },
        { user_id: 'ana', role: 'facilitator' },
        { user_id: 'ben', role: 'facilitator' },
      ]);
      await s.migrate();
      expect(await count(s, 'memberships')).toBe(3);
      await s.close();
    });

    it('enrolling the same person in a cohort twice keeps one enrolment', async () => {
      const s = await open();
      await s.migrate();
      await course(s);
      await s.db
        .insertInto('enrolments')
        .values({ id: 'e2', cohort_id: 'h1', user_id: 't1', created_at: at })
        .onConflict((oc) => oc.columns(['cohort_id', 'user_id']).doNothing())
        .execute();
      expect(await count(s, 'enrolments')).toBe(1);
      await expect(
        s.db
          .insertInto('enrolments')
          .values({ id: 'e3', cohort_id: 'h1', user_id: 't1', created_at: at })
          .execute(),
      ).rejects.toThrow();
      await s.close();
    });

    it('a step can only pin a stored scenario version', async () => {
      const s = await open();
      await s.migrate();
      await course(s);
      await expect(
        s.db
          .insertInto('course_steps')
          .values({
            id: 's2',
            course_id: 'c1',
            position: 1,
            kind: 'scenario',
            title: 'X',
            scenario_id: 'tiny',
            scenario_version: '9.0.0',
            content_hash: 'nope',
            mode: 'practice',
            pass_rule: null,
            pass_score: null,
            due_at: null,
          })
          .execute(),
      ).rejects.toThrow();
      await s.db
        .insertInto('course_steps')
        .values({
          id: 's3',
          course_id: 'c1',
          position: 1,
          kind: 'workshop',
          title: 'Workshop',
          scenario_id: null,
          scenario_version: null,
          content_hash: null,
          mode: null,
          pass_rule: null,
          pass_score: null,
          due_at: at,
        })
        .execute();
      expect(await count(s, 'course_steps')).toBe(2);
      await s.close();
    });

    it('deleting a course removes its steps, cohorts and attempts but keeps completion records', async () => {
      const s = await open();
      await s.migrate();
      await course(s);
      await s.db.deleteFrom('courses').where('id', '=', 'c1').execute();
      expect(await count(s, 'course_steps')).toBe(0);
      expect(await count(s, 'cohorts')).toBe(0);
      expect(await count(s, 'enrolments')).toBe(0);
      expect(await count(s, 'course_attempts')).toBe(0);
      expect(await count(s, 'completion_records')).toBe(1);
      expect(await s.getRun('r1')).toBeDefined();
      await s.close();
    });

    it('deleting a trainee removes their memberships, enrolments, attempts and records', async () => {
      const s = await open();
      await s.migrate();
      await course(s);
      await s.db.deleteFrom('users').where('id', '=', 't1').execute();
      for (const table of ['memberships', 'enrolments', 'course_attempts', 'completion_records'] as const)
        expect(await count(s, table)).toBe(0);
      expect(await count(s, 'cohorts')).toBe(1);
      await s.close();
    });

    it('an invite token hash is unique', async () => {
      const s = await open();
      await s.migrate();
      await course(s);
      const invite = {
        organisation_id: 'o1',
        token_hash: hash,
        role: 'trainee' as const,
        cohort_id: 'h1',
        email: null,
        max_uses: null,
        uses: 0,
        expires_at: at,
        revoked_at: null,
        created_by: null,
        created_at: at,
      };
      await s.db
        .insertInto('invites')
        .values({ id: 'i1', ...invite })
        .execute();
      await expect(
        s.db
          .insertInto('invites')
          .values({ id: 'i2', ...invite })
          .execute(),
      ).rejects.toThrow();
      const row = await s.db.selectFrom('invites').select(['uses', 'revoked_at']).executeTakeFirstOrThrow();
      expect(row).toEqual({ uses: 0, revoked_at: null });
      await s.close();
    });
  });
}
