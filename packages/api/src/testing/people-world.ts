import { expect } from 'vitest';
import { createUser } from '../auth/users';
import { client } from '../courses/org-test-world';
import type { AppDeps } from '../deps';
import { testApp } from './test-app';

export const password = 'a long pass phrase';

/**
 * The world of the invite, join, sign-in-link and personal-data tests, over any storage: in the default
 * organisation Ana (first account: admin, manager, facilitator), Mia (manager only) and Ben (facilitator);
 * Cara is admin of "Other". A course of one step and a cohort "May" exist in the default organisation.
 *
 * @example
 * const { ana, anon, cohortId } = await peopleWorld();
 * await ana.send('POST', '/api/orgs/org_default/invites', { role: 'trainee', cohortId });
 */
export async function peopleWorld(overrides: Partial<AppDeps> = {}) {
  const t = await testApp({
    workshopLimits: { login: { max: 1000, windowMs: 60_000 }, join: { max: 1000, windowMs: 60_000 } },
    ...overrides,
  });
  const db = t.storage.db;
  const ana = client(t.app);
  expect(
    (await ana.send('POST', '/api/auth/setup', { email: 'ana@example.org', name: 'Ana', password })).status,
  ).toBe(201);
  const at = t.deps.now().toISOString();
  await db
    .insertInto('organisations')
    .values({ id: 'other', name: 'Other', retention_days: null, created_at: at })
    .execute();
  const people: [string, string, string, [string, 'admin' | 'manager' | 'facilitator']][] = [
    ['mia', 'mia@example.org', 'Mia', ['org_default', 'manager']],
    ['ben', 'ben@example.org', 'Ben', ['org_default', 'facilitator']],
    ['cara', 'cara@example.org', 'Cara', ['other', 'admin']],
  ];
  for (const [id, email, name, [organisationId, role]] of people) {
    const made = await createUser(db, { id, email, name, password }, t.deps.now(), {
      organisationId,
      roles: [role],
    });
    expect(made.ok).toBe(true);
  }
  const signIn = async (email: string, pw = password) => {
    const c = client(t.app);
    expect((await c.send('POST', '/api/auth/login', { email, password: pw })).status).toBe(200);
    return c;
  };
  const course = await ana.send('POST', '/api/orgs/org_default/courses', {
    title: 'Onboarding',
    steps: [{ kind: 'scenario', scenarioId: 'tiny', mode: 'practice' }],
  });
  const courseId = (await course.json()).course.id as string;
  const cohort = await ana.send('POST', '/api/orgs/org_default/cohorts', { name: 'May', courseId });
  const cohortId = (await cohort.json()).cohort.id as string;
  return {
    ...t,
    db,
    ana,
    mia: await signIn('mia@example.org'),
    ben: await signIn('ben@example.org'),
    cara: await signIn('cara@example.org'),
    anon: () => client(t.app),
    signIn,
    courseId,
    cohortId,
  };
}
