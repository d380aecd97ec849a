import { randomBytes } from 'node:crypto';
import { ScenarioSchema } from '@doorway/engine';
import type { StringTable } from '@doorway/scenarios';
import { afterAll, expect } from 'vitest';
import { createUser } from '../auth/users';
import { dropPostgresSchema, openPostgresStorage, openSqliteStorage } from '../storage/open-storage';
import type { Storage } from '../storage/storage';
import { fixtureScenario } from '../testing/fixture-scenario';
import { fixtureCatalog, testApp } from '../testing/test-app';
import { client, password } from './org-test-world';

const opening = fixtureScenario.phases.opening;
if (!opening) throw new Error('the fixture scenario has an opening phase');
const { greet, close } = opening.beats;
if (!greet || !close) throw new Error('the fixture scenario has greet and close');

/**
 * A second small scenario: `tiny` where pushing leads to a `repair` beat before closing, so fewer trainees
 * reach some decisions than others (the heatmap hides those counts).
 */
export const tinyTwo = ScenarioSchema.parse({
  ...fixtureScenario,
  id: 'tiny-two',
  title: 'Another tiny one',
  phases: {
    opening: {
      ...opening,
      beats: {
        greet: {
          ...greet,
          choices: greet.choices.map((c) => (c.id === 'push' ? { ...c, next: 'repair' } : c)),
        },
        repair: {
          title: 'After pushing',
          lines: [{ speaker: 'ana', text: 'I do not want to say.' }],
          choices: [
            {
              id: 'sorry',
              text: 'That is fine. We can stop.',
              verdict: 'best',
              evidence: { choice: 1 },
              feedback: 'Backing off.',
              next: 'close',
            },
            {
              id: 'insist',
              text: 'It will help if you tell me.',
              verdict: 'harmful',
              evidence: { choice: -1 },
              feedback: 'Still pushing.',
              next: 'close',
            },
          ],
        },
        close,
      },
    },
  },
});

const schemas: string[] = [];
const pgUrl = process.env.DATABASE_URL ?? '';

/**
 * The databases the progress suites run on: SQLite in memory always, PostgreSQL (a fresh schema per world,
 * dropped at the end) when DATABASE_URL is set.
 *
 * @example
 * describe.each(progressDatabases())('on %s', (_name, open) => { ... });
 */
export function progressDatabases(): [string, () => Storage][] {
  const list: [string, () => Storage][] = [['SQLite', () => openSqliteStorage(':memory:')]];
  if (pgUrl) {
    list.push([
      'PostgreSQL',
      () => {
        const schema = `doorway_progress_${randomBytes(6).toString('hex')}`;
        schemas.push(schema);
        return openPostgresStorage(pgUrl, { schema });
      },
    ]);
    afterAll(async () => {
      for (const schema of schemas.splice(0)) await dropPostgresSchema(pgUrl, schema);
    });
  } else console.warn('course progress suites: PostgreSQL part not run (set DATABASE_URL to run it).');
  return list;
}

/** The course the worlds build: a practice (completion rule) then an assessment (score 70), due dates. */
export const twoStepCourse = {
  title: 'Onboarding',
  attemptPolicy: 'best',
  steps: [
    {
      kind: 'scenario',
      scenarioId: 'tiny',
      mode: 'practice',
      passRule: { type: 'completion' },
      dueAt: '2026-01-05T10:00:00.000Z',
    },
    {
      kind: 'scenario',
      scenarioId: 'tiny-two',
      mode: 'assessment',
      passRule: { type: 'score', minScore: 70 },
      dueAt: '2026-01-06T12:00:00.000Z',
    },
  ],
};

/**
 * A manager (Ana, the first account), a facilitator (Ben), Cara (admin of another organisation), three trainees
 * (Tess, Uma, Vic) enrolled in a cohort of `course`, every one signed in; a clock tests move with `tick`.
 *
 * @example
 * const w = await progressWorld(open); await w.play(w.tess, w.steps[0], ['ask', 'offer']);
 */
export async function progressWorld(
  open: () => Storage,
  course: object = twoStepCourse,
  /** String tables by scenario id and language (none by default). */
  tables: Record<string, Record<string, StringTable>> = {},
) {
  let clock = new Date('2026-01-05T09:00:00.000Z');
  const catalog = Object.assign(
    fixtureCatalog([
      { scenario: fixtureScenario, contentHash: 'tiny-v1' },
      { scenario: tinyTwo, contentHash: 'tiny-two-v1' },
    ]),
    { tables: (id: string) => new Map(Object.entries(tables[id] ?? {})) },
  );
  const t = await testApp({
    storage: open(),
    catalog,
    now: () => clock,
    workshopLimits: { login: { max: 1000, windowMs: 60_000 } },
  });
  const ana = client(t.app);
  const setup = { email: 'ana@example.org', name: 'Ana', password };
  expect((await ana.send('POST', '/api/auth/setup', setup)).status).toBe(201);
  const people = ['ben', 'cara', 'tess', 'uma', 'vic'];
  for (const id of people) {
    const name = id[0]?.toUpperCase() + id.slice(1);
    const made = await createUser(t.storage.db, { id, email: `${id}@example.org`, name, password }, clock);
    expect(made.ok).toBe(true);
  }
  await t.storage.db
    .insertInto('organisations')
    .values({ id: 'other', name: 'Other', retention_days: null, created_at: clock.toISOString() })
    .execute();
  await t.storage.db.deleteFrom('memberships').where('user_id', '=', 'cara').execute();
  await t.storage.db
    .insertInto('memberships')
    .values({ organisation_id: 'other', user_id: 'cara', role: 'admin', created_at: clock.toISOString() })
    .execute();
  // New accounts join the default organisation as facilitators; these three are trainees only.
  await t.storage.db.deleteFrom('memberships').where('user_id', 'in', ['tess', 'uma', 'vic']).execute();
  await t.storage.db
    .insertInto('memberships')
    .values(
      ['tess', 'uma', 'vic'].map((user_id) => ({
        organisation_id: 'org_default',
        user_id,
        role: 'trainee' as const,
        created_at: clock.toISOString(),
      })),
    )
    .execute();
  const signIn = async (id: string) => {
    const c = client(t.app);
    expect((await c.send('POST', '/api/auth/login', { email: `${id}@example.org`, password })).status).toBe(
      200,
    );
    return c;
  };
  const created = await ana.send('POST', '/api/orgs/org_default/courses', course);
  expect(created.status).toBe(201);
  const courseBody = (await created.json()).course;
  const cohortRes = await ana.send('POST', '/api/orgs/org_default/cohorts', {
    name: 'January',
    courseId: courseBody.id,
  });
  const cohortId = (await cohortRes.json()).cohort.id as string;
  const enrol = await ana.send('POST', `/api/orgs/org_default/cohorts/${cohortId}/enrolments`, {
    userIds: ['tess', 'uma', 'vic'],
  });
  expect(enrol.status).toBe(200);
  const stepIds = (courseBody.steps as { id: string }[]).map((s) => s.id);
  const base = `/api/orgs/org_default/cohorts/${cohortId}`;

  /** Starts a run for a step as `who` and makes `choices` (by choice id, at whatever beat the run is on). */
  async function play(
    who: ReturnType<typeof client>,
    stepId: string,
    choices: string[],
    seconds = 60,
    lang?: string,
  ) {
    const started = await who.send(
      'POST',
      `/api/me/courses/${courseBody.id}/steps/${stepId}/runs`,
      ...(lang === undefined ? [] : [{ lang }]),
    );
    expect(started.status).toBe(201);
    const body = await started.json();
    let view = body.view;
    for (const choiceId of choices) {
      clock = new Date(clock.getTime() + seconds * 1000);
      const res = await who.send('POST', `/api/runs/${body.run.id}/choices`, {
        beatId: view.beat.id,
        choiceId,
        requestId: crypto.randomUUID(),
      });
      expect(res.status).toBe(200);
      view = (await res.json()).view;
    }
    return body.run.id as string;
  }

  return {
    ...t,
    ana,
    benC: await signIn('ben'),
    caraC: await signIn('cara'),
    tess: await signIn('tess'),
    uma: await signIn('uma'),
    vic: await signIn('vic'),
    anonymous: client(t.app),
    course: courseBody,
    courseId: courseBody.id as string,
    cohortId,
    steps: stepIds,
    base,
    play,
    tick: (seconds: number) => {
      clock = new Date(clock.getTime() + seconds * 1000);
    },
    setClock: (iso: string) => {
      clock = new Date(iso);
    },
  };
}
