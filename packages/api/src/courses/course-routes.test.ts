import { describe, expect, it } from 'vitest';
import { testApp } from '../testing/test-app';
import { world } from './org-test-world';

const course = {
  title: 'Onboarding',
  attemptPolicy: 'best',
  steps: [
    { kind: 'scenario', scenarioId: 'tiny', mode: 'practice', passRule: { type: 'completion' } },
    {
      kind: 'scenario',
      scenarioId: 'tiny',
      mode: 'assessment',
      passRule: { type: 'score', minScore: 70 },
      dueAt: '2026-02-01T00:00:00.000Z',
    },
    { kind: 'workshop', title: 'Role-play day' },
  ],
};

async function withCourse() {
  const w = await world();
  const res = await w.ana.send('POST', '/api/orgs/org_default/courses', course);
  expect(res.status).toBe(201);
  return { ...w, created: (await res.json()).course };
}

describe('course routes', () => {
  it('a manager creates a course whose scenario steps pin the current version', async () => {
    const { ana, created } = await withCourse();
    expect(
      created.steps.map((s: { kind: string; scenarioVersion: string | null; passRule: unknown }) => [
        s.kind,
        s.scenarioVersion,
        s.passRule,
      ]),
    ).toEqual([
      ['scenario', '1.0.0', { type: 'completion' }],
      ['scenario', '1.0.0', { type: 'score', minScore: 70 }],
      ['workshop', null, null],
    ]);
    const list = await (await ana.send('GET', '/api/orgs/org_default/courses')).json();
    expect(list.courses.map((c: { id: string }) => c.id)).toEqual([created.id]);
    const one = await ana.send('GET', `/api/orgs/org_default/courses/${created.id}`);
    expect((await one.json()).course).toEqual(created);
  });

  it('anonymous 401, a facilitator 403, another organisation 404 on every course route', async () => {
    const { app } = await testApp();
    expect((await app.request('/api/orgs/org_default/courses')).status).toBe(401);
    const { benC, caraC, created } = await withCourse();
    const paths = [
      ['GET', '/api/orgs/org_default/courses'],
      ['POST', '/api/orgs/org_default/courses'],
      ['GET', `/api/orgs/org_default/courses/${created.id}`],
      ['DELETE', `/api/orgs/org_default/courses/${created.id}`],
    ] as const;
    for (const [method, path] of paths) {
      const body = method === 'POST' ? course : undefined;
      const ben = await benC.send(method, path, body);
      expect([method, path, ben.status, (await ben.json()).error.code]).toEqual([
        method,
        path,
        403,
        'role_required',
      ]);
      const cara = await caraC.send(method, path, body);
      expect([method, path, cara.status]).toEqual([method, path, 404]);
    }
    const crossOrg = await caraC.send('GET', `/api/orgs/other/courses/${created.id}`);
    expect([crossOrg.status, (await crossOrg.json()).error.code]).toEqual([404, 'course_not_found']);
  });

  it('refuses bad bodies and unknown scenarios without a 500', async () => {
    const { ana } = await world();
    for (const body of [
      {},
      { ...course, steps: [] },
      { ...course, steps: [{ kind: 'scenario', scenarioId: 'tiny', mode: 'coach' }] },
      {
        ...course,
        steps: [
          {
            kind: 'scenario',
            scenarioId: 'tiny',
            mode: 'practice',
            passRule: { type: 'score', minScore: 101 },
          },
        ],
      },
      { ...course, steps: [{ kind: 'workshop', title: 'x', dueAt: 'tomorrow' }] },
      { ...course, attemptPolicy: 'first' },
    ]) {
      expect((await ana.send('POST', '/api/orgs/org_default/courses', body)).status).toBe(400);
    }
    const missing = await ana.send('POST', '/api/orgs/org_default/courses', {
      ...course,
      steps: [{ kind: 'scenario', scenarioId: 'nope', mode: 'practice' }],
    });
    expect([missing.status, (await missing.json()).error.code]).toEqual([404, 'scenario_not_found']);
    expect((await (await ana.send('GET', '/api/orgs/org_default/courses')).json()).courses).toEqual([]);
  });

  it('deleting a course with progress asks first and keeps completion records unless told otherwise', async () => {
    const { ana, storage, created } = await withCourse();
    const at = '2026-01-02T03:04:05.000Z';
    await storage.db
      .insertInto('cohorts')
      .values({
        id: 'h1',
        organisation_id: 'org_default',
        course_id: created.id,
        name: 'May',
        created_at: at,
      })
      .execute();
    const ben = await storage.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'ben@example.org')
      .executeTakeFirstOrThrow();
    await storage.db
      .insertInto('enrolments')
      .values({ id: 'e1', cohort_id: 'h1', user_id: ben.id, created_at: at })
      .execute();
    await storage.db
      .insertInto('step_marks')
      .values({ enrolment_id: 'e1', step_id: created.steps[2].id, marked_by: null, marked_at: at })
      .execute();
    await storage.db
      .insertInto('completion_records')
      .values({
        id: 'k1',
        organisation_id: 'org_default',
        user_id: ben.id,
        course_id: created.id,
        cohort_id: 'h1',
        course_title: 'Onboarding',
        passed: 1,
        summary_json: '{}',
        completed_at: at,
      })
      .execute();
    const ask = await ana.send('DELETE', `/api/orgs/org_default/courses/${created.id}`);
    expect([ask.status, (await ask.json()).error.code]).toEqual([409, 'course_has_progress']);
    const done = await ana.send('DELETE', `/api/orgs/org_default/courses/${created.id}?confirm=true`);
    expect(await done.json()).toEqual({ deleted: true, keptRecords: true });
    expect(await storage.db.selectFrom('completion_records').select('id').execute()).toEqual([{ id: 'k1' }]);
    expect((await ana.send('GET', `/api/orgs/org_default/courses/${created.id}`)).status).toBe(404);
  });

  it('deletes a course without progress at once, and its records too with keepRecords=false', async () => {
    const { ana, storage, created } = await withCourse();
    await storage.db
      .insertInto('completion_records')
      .values({
        id: 'k2',
        organisation_id: 'org_default',
        user_id: 'ben',
        course_id: created.id,
        cohort_id: 'h0',
        course_title: 'Onboarding',
        passed: 0,
        summary_json: '{}',
        completed_at: '2026-01-02T03:04:05.000Z',
      })
      .execute();
    const res = await ana.send(
      'DELETE',
      `/api/orgs/org_default/courses/${created.id}?confirm=true&keepRecords=false`,
    );
    expect(await res.json()).toEqual({ deleted: true, keptRecords: false });
    expect(await storage.db.selectFrom('completion_records').select('id').execute()).toEqual([]);
  });
});
