import { describe, expect, it } from 'vitest';
import { fuzzWorld } from '../fuzz/fuzz-world';
import { testDatabases } from '../support/databases';

// Regression: PostgreSQL refuses a NUL byte in text, so an id such as `a%00b` that reached a query became a
// 500 (found by the every-route fuzzer on the course and cohort routes). Ids are checked at the edge instead.

const databases = await testDatabases('doorway_ids');

describe.each(databases)('odd ids on %s', (_name, open) => {
  it('a NUL or other odd byte in a course, cohort or member id is a 404 or 400 with a code, never a 500', async () => {
    const storage = open();
    const world = await fuzzWorld(storage);
    const as = (method: string, path: string, body?: unknown) =>
      world.app.request(path, {
        method,
        headers: { cookie: world.adminCookie(), 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    const answers = [
      [await as('GET', '/api/orgs/org_default/courses/a%00b'), 404, 'course_not_found'],
      [await as('DELETE', '/api/orgs/org_default/courses/a%00b'), 404, 'course_not_found'],
      [await as('GET', '/api/orgs/org_default/cohorts/a%00b'), 404, 'cohort_not_found'],
      [
        await as('POST', '/api/orgs/org_default/cohorts/a%00b/enrolments', { userIds: ['x'] }),
        404,
        'cohort_not_found',
      ],
      [await as('POST', '/api/orgs/org_default/members/a%00b/roles', { roles: [] }), 404, 'member_not_found'],
      [
        await as('POST', '/api/orgs/org_default/cohorts', { name: 'C', courseId: 'a\u0000b' }),
        400,
        'invalid_body',
      ],
    ] as const;
    for (const [res, status, code] of answers) {
      expect(res.status).toBe(status);
      expect((await res.json()).error.code).toBe(code);
    }
    const cohortId = world.known.cohortId?.[0];
    expect(cohortId).toBeDefined();
    const enrol = await as('POST', `/api/orgs/org_default/cohorts/${cohortId}/enrolments`, {
      userIds: ['a\u0000b'],
    });
    expect(enrol.status).toBe(400);
    await storage.close();
  });
});
