import { describe, expect, it } from 'vitest';
import { testApp } from '../testing/test-app';
import { world } from './org-test-world';

async function withCohort() {
  const w = await world();
  const course = await w.ana.send('POST', '/api/orgs/org_default/courses', {
    title: 'Onboarding',
    steps: [{ kind: 'scenario', scenarioId: 'tiny', mode: 'practice' }],
  });
  const courseId = (await course.json()).course.id as string;
  const res = await w.ana.send('POST', '/api/orgs/org_default/cohorts', { name: 'May', courseId });
  expect(res.status).toBe(201);
  return { ...w, courseId, cohort: (await res.json()).cohort };
}

describe('cohort routes', () => {
  it('a manager creates a cohort and enrols people; enrolling twice does nothing', async () => {
    const { ana, cohort, storage } = await withCohort();
    const path = `/api/orgs/org_default/cohorts/${cohort.id}/enrolments`;
    const first = await ana.send('POST', path, { userIds: ['ben', 'ben'] });
    expect(first.status).toBe(200);
    expect((await first.json()).added).toBe(1);
    const again = await (await ana.send('POST', path, { userIds: ['ben'] })).json();
    expect(again.added).toBe(0);
    expect(again.trainees.map((t: { id: string }) => t.id)).toEqual(['ben']);
    const roles = await storage.db
      .selectFrom('memberships')
      .select('role')
      .where('user_id', '=', 'ben')
      .orderBy('role')
      .execute();
    expect(roles.map((r) => r.role)).toEqual(['facilitator', 'trainee']);
    const read = await (await ana.send('GET', `/api/orgs/org_default/cohorts/${cohort.id}`)).json();
    expect(read.trainees).toHaveLength(1);
    expect((await (await ana.send('GET', '/api/orgs/org_default/cohorts')).json()).cohorts).toHaveLength(1);
  });

  it('cannot enrol a person of another organisation, nor use a course of another organisation', async () => {
    const { ana, caraC, cohort, courseId } = await withCohort();
    const res = await ana.send('POST', `/api/orgs/org_default/cohorts/${cohort.id}/enrolments`, {
      userIds: ['ben', 'cara'],
    });
    expect([res.status, (await res.json()).error.code]).toEqual([404, 'member_not_found']);
    const none = await (await ana.send('GET', `/api/orgs/org_default/cohorts/${cohort.id}`)).json();
    expect(none.trainees).toEqual([]);
    const foreign = await caraC.send('POST', '/api/orgs/other/cohorts', { name: 'X', courseId });
    expect([foreign.status, (await foreign.json()).error.code]).toEqual([404, 'course_not_found']);
    const peek = await caraC.send('GET', `/api/orgs/other/cohorts/${cohort.id}`);
    expect([peek.status, (await peek.json()).error.code]).toEqual([404, 'cohort_not_found']);
  });

  it('anonymous 401, a facilitator 403, another organisation 404; bad bodies 400', async () => {
    const { app } = await testApp();
    expect((await app.request('/api/orgs/org_default/cohorts')).status).toBe(401);
    const { ana, benC, caraC, cohort, courseId } = await withCohort();
    const routes = [
      ['GET', '/api/orgs/org_default/cohorts', undefined],
      ['POST', '/api/orgs/org_default/cohorts', { name: 'Y', courseId }],
      ['GET', `/api/orgs/org_default/cohorts/${cohort.id}`, undefined],
      ['POST', `/api/orgs/org_default/cohorts/${cohort.id}/enrolments`, { userIds: ['ben'] }],
    ] as const;
    for (const [method, path, body] of routes) {
      expect([path, (await benC.send(method, path, body)).status]).toEqual([path, 403]);
      expect([path, (await caraC.send(method, path, body)).status]).toEqual([path, 404]);
    }
    for (const body of [{}, { userIds: [] }, { userIds: 'ben' }, { userIds: ['ben'], extra: true }]) {
      expect(
        (await ana.send('POST', `/api/orgs/org_default/cohorts/${cohort.id}/enrolments`, body)).status,
      ).toBe(400);
    }
    expect((await ana.send('POST', '/api/orgs/org_default/cohorts', { name: '', courseId })).status).toBe(
      400,
    );
  });
});
