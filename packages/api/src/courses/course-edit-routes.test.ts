import { ScenarioSchema } from '@doorway/engine';
import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixture-scenario';
import { jsonInit } from '../testing/test-app';
import { password } from './org-test-world';
import { progressDatabases, progressWorld } from './progress-test-world';

interface StepOut {
  id: string;
  kind: string;
  title: string;
  scenarioId: string | null;
  scenarioVersion: string | null;
  mode: string | null;
  passRule: unknown;
  dueAt: string | null;
}

/** A course step as the edit body sends it back (keeping its id). */
function asInput(s: StepOut) {
  if (s.kind === 'workshop') return { id: s.id, kind: 'workshop', title: s.title };
  return {
    id: s.id,
    kind: 'scenario',
    scenarioId: s.scenarioId,
    mode: s.mode,
    ...(s.passRule ? { passRule: s.passRule } : {}),
    ...(s.dueAt ? { dueAt: s.dueAt } : {}),
  };
}

describe.each(progressDatabases())('editing a course on %s', (_name, open) => {
  it('changes title, rule and steps; kept steps keep their pinned version, new ones pin the version served now', async () => {
    const w = await progressWorld(open);
    const [practice, assess] = w.course.steps as [StepOut, StepOut];
    const v2 = ScenarioSchema.parse({
      ...fixtureScenario,
      version: '2.0.0',
      title: 'A tiny conversation, revised',
    });
    w.catalog.entries[0] = { scenario: v2, contentHash: 'tiny-v2' };
    const path = `/api/orgs/org_default/courses/${w.courseId}`;
    const res = await w.ana.send('PATCH', path, {
      title: 'Onboarding, spring',
      description: 'Two conversations and a role-play day.',
      attemptPolicy: 'last',
      steps: [
        { ...asInput(assess), passRule: { type: 'score', minScore: 80 }, dueAt: '2026-03-01T23:59:59.000Z' },
        { id: practice.id, kind: 'scenario', scenarioId: 'tiny', mode: 'assessment' },
        { kind: 'scenario', scenarioId: 'tiny', mode: 'practice', passRule: { type: 'completion' } },
        { kind: 'workshop', title: 'Role-play day' },
      ],
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.removed).toEqual({ steps: 0, attempts: 0, marks: 0 });
    expect(body.course).toMatchObject({
      title: 'Onboarding, spring',
      description: 'Two conversations and a role-play day.',
      attemptPolicy: 'last',
    });
    expect(
      body.course.steps.map((s: StepOut) => [
        s.id === practice.id || s.id === assess.id ? s.id : 'new',
        s.scenarioVersion,
        s.mode,
        s.passRule,
        s.dueAt,
      ]),
    ).toEqual([
      [assess.id, '1.0.0', 'assessment', { type: 'score', minScore: 80 }, '2026-03-01T23:59:59.000Z'],
      [practice.id, '1.0.0', 'assessment', null, null],
      ['new', '2.0.0', 'practice', { type: 'completion' }, null],
      ['new', null, null, null, null],
    ]);
    expect((await (await w.ana.send('GET', path)).json()).course).toEqual(body.course);
    // A run of the kept step still plays the version it pins.
    const run = await w.tess.send('POST', `/api/me/courses/${w.courseId}/steps/${practice.id}/runs`);
    expect((await run.json()).run).toMatchObject({ scenarioVersion: '1.0.0', mode: 'assessment' });
  });

  it('removing a step someone played asks for confirm=true, then removes its attempts and marks but keeps records', async () => {
    const w = await progressWorld(open, {
      title: 'With a workshop',
      steps: [
        { kind: 'scenario', scenarioId: 'tiny', mode: 'practice' },
        { kind: 'scenario', scenarioId: 'tiny-two', mode: 'practice' },
        { kind: 'workshop', title: 'Role-play day' },
      ],
    });
    const [first, second, workshop] = w.course.steps as [StepOut, StepOut, StepOut];
    const played = await w.play(w.tess, first.id, ['ask', 'offer']);
    await w.play(w.tess, second.id, ['ask']);
    expect(
      (await w.ana.send('POST', `${w.base}/steps/${workshop.id}/marks`, { userIds: ['tess'] })).status,
    ).toBe(200);
    const path = `/api/orgs/org_default/courses/${w.courseId}`;
    // Removing the second step (never finished, but attempted) and the workshop: refused without confirm.
    const only = { steps: [asInput(first)] };
    const refused = await w.ana.send('PATCH', path, only);
    const error = (await refused.json()).error;
    expect([refused.status, error.code]).toEqual([409, 'step_has_progress']);
    expect(error.message).toContain('"Another tiny one"');
    expect(error.message).toContain('"Role-play day"');
    expect((await (await w.ana.send('GET', path)).json()).course.steps).toHaveLength(3);
    const done = await w.ana.send('PATCH', `${path}?confirm=true`, only);
    expect(done.status).toBe(200);
    expect((await done.json()).removed).toEqual({ steps: 2, attempts: 1, marks: 1 });
    const mine = (await (await w.tess.send('GET', '/api/me/courses')).json()).courses[0];
    expect(mine.steps.map((s: { id: string }) => s.id)).toEqual([first.id]);
    expect(mine.steps[0].attempts.map((a: { runId: string }) => a.runId)).toEqual([played]);
    // The one step left is done: the course is complete and the record is written.
    expect(mine.completed).toBe(true);
    const runs = await w.storage.db.selectFrom('runs').select('id').execute();
    expect(runs.map((r) => r.id)).toEqual([played]);
    const records = await w.storage.db.selectFrom('completion_records').select('user_id').execute();
    expect(records).toEqual([{ user_id: 'tess' }]);
    // Removing a step nobody touched needs no confirmation.
    const added = await w.ana.send('PATCH', path, {
      steps: [asInput(first), { kind: 'workshop', title: 'Debrief circle' }],
    });
    const withNew = (await added.json()).course.steps as StepOut[];
    const back = await w.ana.send('PATCH', path, { steps: [asInput(withNew[0] as StepOut)] });
    expect([back.status, (await back.json()).removed.steps]).toEqual([200, 1]);
    // Completion records stay after the edit.
    expect(await w.storage.db.selectFrom('completion_records').select('user_id').execute()).toEqual([
      { user_id: 'tess' },
    ]);
  });

  it('refuses bad edits with a code and changes nothing', async () => {
    const w = await progressWorld(open, {
      title: 'Mixed',
      steps: [
        { kind: 'scenario', scenarioId: 'tiny', mode: 'practice' },
        { kind: 'workshop', title: 'Role-play day' },
      ],
    });
    const [scenario, workshop] = w.course.steps as [StepOut, StepOut];
    const path = `/api/orgs/org_default/courses/${w.courseId}`;
    const cases: [unknown, number, string][] = [
      [{}, 400, 'invalid_body'],
      [{ steps: [] }, 400, 'invalid_body'],
      [{ title: '' }, 400, 'invalid_body'],
      [{ title: 'x', extra: 1 }, 400, 'invalid_body'],
      [{ steps: [asInput(scenario), asInput(scenario)] }, 400, 'invalid_body'],
      [{ steps: [{ ...asInput(scenario), id: 'a\u0000b' }] }, 400, 'invalid_body'],
      [{ steps: [{ ...asInput(scenario), id: 'nope' }] }, 404, 'step_not_found'],
      [{ steps: [{ id: scenario.id, kind: 'workshop', title: 'Now a workshop' }] }, 409, 'step_kind_changed'],
      [
        { steps: [{ id: workshop.id, kind: 'scenario', scenarioId: 'tiny', mode: 'practice' }] },
        409,
        'step_kind_changed',
      ],
      [{ steps: [{ ...asInput(scenario), scenarioId: 'tiny-two' }] }, 409, 'step_scenario_changed'],
      [
        { steps: [asInput(scenario), { kind: 'scenario', scenarioId: 'missing', mode: 'practice' }] },
        404,
        'scenario_not_found',
      ],
    ];
    const before = (await (await w.ana.send('GET', path)).json()).course;
    for (const [body, status, code] of cases) {
      const res = await w.ana.send('PATCH', path, body);
      expect([JSON.stringify(body), res.status, (await res.json()).error.code]).toEqual([
        JSON.stringify(body),
        status,
        code,
      ]);
    }
    expect((await (await w.ana.send('GET', path)).json()).course).toEqual(before);
  });

  it('only admins and managers of the course organisation edit it', async () => {
    const w = await progressWorld(open);
    const path = `/api/orgs/org_default/courses/${w.courseId}`;
    const body = { title: 'Taken over' };
    const anon = await w.anonymous.send('PATCH', path, body);
    expect([anon.status, (await anon.json()).error.code]).toEqual([401, 'sign_in_required']);
    for (const who of [w.tess, w.benC]) {
      const res = await who.send('PATCH', path, body);
      expect([res.status, (await res.json()).error.code]).toEqual([403, 'role_required']);
    }
    const cara = await w.caraC.send('PATCH', path, body);
    expect([cara.status, (await cara.json()).error.code]).toEqual([404, 'organisation_not_found']);
    const crossOrg = await w.caraC.send('PATCH', path.replace('org_default', 'other'), body);
    expect([crossOrg.status, (await crossOrg.json()).error.code]).toEqual([404, 'course_not_found']);
    const odd = await w.ana.send('PATCH', '/api/orgs/org_default/courses/a%00b', body);
    expect([odd.status, (await odd.json()).error.code]).toEqual([404, 'course_not_found']);
    const login = await w.app.request(
      '/api/auth/login',
      jsonInit('POST', { email: 'ana@example.org', password }),
    );
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const crossSite = await w.app.request(
      path,
      jsonInit('PATCH', body, { origin: 'https://evil.example', cookie }),
    );
    expect([crossSite.status, (await crossSite.json()).error.code]).toEqual([403, 'bad_origin']);
    expect((await (await w.ana.send('GET', path)).json()).course.title).toBe('Onboarding');
  });
});
