import { ScenarioSchema } from '@doorway/engine';
import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixture-scenario';
import { jsonInit } from '../testing/test-app';
import { password } from './org-test-world';
import { progressDatabases, progressWorld } from './progress-test-world';

const withWorkshop = {
  title: 'With a workshop',
  steps: [
    { kind: 'scenario', scenarioId: 'tiny', mode: 'assessment', passRule: { type: 'score', minScore: 70 } },
    { kind: 'workshop', title: 'Role-play day' },
  ],
};

describe.each(progressDatabases())('workshop marks and versions on %s', (_name, open) => {
  it('a facilitator marks a workshop step done; twice does nothing; it can complete the course', async () => {
    const w = await progressWorld(open, withWorkshop);
    const [scenario, workshop] = w.steps as [string, string];
    await w.play(w.tess, scenario, ['ask', 'offer']);
    const path = `${w.base}/steps/${workshop}/marks`;
    const first = await w.benC.send('POST', path, { userIds: ['tess', 'uma', 'tess'] });
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ added: 2, marked: ['tess', 'uma'] });
    expect(await (await w.ana.send('POST', path, { userIds: ['tess'] })).json()).toEqual({
      added: 0,
      marked: ['tess'],
    });
    const rows = await w.storage.db.selectFrom('completion_records').select(['user_id', 'passed']).execute();
    expect(rows).toEqual([{ user_id: 'tess', passed: 1 }]);
    const mine = (await (await w.tess.send('GET', '/api/me/courses')).json()).courses[0];
    expect(mine.steps.map((s: { status: string }) => s.status)).toEqual(['passed', 'passed']);
    expect(mine.steps[1].markedAt).toBe('2026-01-05T09:02:00.000Z');
    const uma = (await (await w.ana.send('GET', `${w.base}/progress`)).json()).trainees[1];
    expect(uma.steps.map((s: { status: string }) => s.status)).toEqual(['not_started', 'passed']);
  });

  it('marks: only enrolled trainees, only workshop steps, only staff of this organisation', async () => {
    const w = await progressWorld(open, withWorkshop);
    const [scenario, workshop] = w.steps as [string, string];
    const path = `${w.base}/steps/${workshop}/marks`;
    const stranger = await w.ana.send('POST', path, { userIds: ['tess', 'ben'] });
    expect([stranger.status, (await stranger.json()).error.code]).toEqual([404, 'trainee_not_found']);
    expect(await w.storage.db.selectFrom('step_marks').selectAll().execute()).toEqual([]);
    const notWorkshop = await w.ana.send('POST', `${w.base}/steps/${scenario}/marks`, { userIds: ['tess'] });
    expect([notWorkshop.status, (await notWorkshop.json()).error.code]).toEqual([409, 'step_not_workshop']);
    const noStep = await w.ana.send('POST', `${w.base}/steps/nope/marks`, { userIds: ['tess'] });
    expect([noStep.status, (await noStep.json()).error.code]).toEqual([404, 'step_not_found']);
    expect((await w.anonymous.send('POST', path, { userIds: ['tess'] })).status).toBe(401);
    const trainee = await w.tess.send('POST', path, { userIds: ['tess'] });
    expect([trainee.status, (await trainee.json()).error.code]).toEqual([403, 'role_required']);
    expect((await w.caraC.send('POST', path, { userIds: ['tess'] })).status).toBe(404);
    const otherOrg = await w.caraC.send('POST', path.replace('org_default', 'other'), { userIds: ['tess'] });
    expect([otherOrg.status, (await otherOrg.json()).error.code]).toEqual([404, 'cohort_not_found']);
    for (const body of [{}, { userIds: [] }, { userIds: ['tess'], extra: 1 }])
      expect((await w.ana.send('POST', path, body)).status).toBe(400);
    const login = await w.app.request(
      '/api/auth/login',
      jsonInit('POST', { email: 'ana@example.org', password }),
    );
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const crossSite = await w.app.request(
      path,
      jsonInit('POST', { userIds: ['tess'] }, { origin: 'https://evil.example', cookie }),
    );
    expect([crossSite.status, (await crossSite.json()).error.code]).toEqual([403, 'bad_origin']);
  });

  it('a later scenario version does not change an assigned step until the manager moves it', async () => {
    const w = await progressWorld(open);
    const [practice, assess] = w.steps as [string, string];
    const oldRun = await w.play(w.tess, practice, ['ask', 'offer']);
    const v2 = ScenarioSchema.parse({
      ...fixtureScenario,
      version: '2.0.0',
      title: 'A tiny conversation, revised',
    });
    w.catalog.entries[0] = { scenario: v2, contentHash: 'tiny-v2' };
    const pinned = await w.uma.send('POST', `/api/me/courses/${w.courseId}/steps/${practice}/runs`);
    expect((await pinned.json()).run.scenarioVersion).toBe('1.0.0');
    expect(
      (await (await w.ana.send('GET', `${w.base}/progress`)).json()).course.steps[0].scenarioVersion,
    ).toBe('1.0.0');

    const moved = await w.ana.send('POST', `/api/orgs/org_default/courses/${w.courseId}/move-version`, {});
    expect(moved.status).toBe(200);
    const body = await moved.json();
    expect(body.moved).toEqual([{ stepId: practice, from: '1.0.0', to: '2.0.0' }]);
    expect(
      body.course.steps.map((s: { scenarioVersion: string; title: string }) => [s.scenarioVersion, s.title]),
    ).toEqual([
      ['2.0.0', 'A tiny conversation, revised'],
      ['1.0.0', 'Another tiny one'],
    ]);
    const fresh = await w.uma.send('POST', `/api/me/courses/${w.courseId}/steps/${practice}/runs`);
    expect((await fresh.json()).run.scenarioVersion).toBe('2.0.0');
    // The attempt made before the move still counts, on the version it was played.
    const tess = (await (await w.tess.send('GET', '/api/me/courses')).json()).courses[0];
    expect(tess.steps[0]).toMatchObject({ status: 'passed', version: '2.0.0' });
    expect(tess.steps[0].attempts).toMatchObject([
      { runId: oldRun, counted: true, scenarioVersion: '1.0.0' },
    ]);
    // Moving again changes nothing.
    const again = await w.ana.send('POST', `/api/orgs/org_default/courses/${w.courseId}/move-version`, {
      stepIds: [practice, assess],
    });
    expect((await again.json()).moved).toEqual([]);
  });

  it('move-version: unknown or workshop steps refused; managers of this organisation only', async () => {
    const w = await progressWorld(open, withWorkshop);
    const [, workshop] = w.steps as [string, string];
    const path = `/api/orgs/org_default/courses/${w.courseId}/move-version`;
    const ws = await w.ana.send('POST', path, { stepIds: [workshop] });
    expect([ws.status, (await ws.json()).error.code]).toEqual([409, 'step_not_playable']);
    const none = await w.ana.send('POST', path, { stepIds: ['nope'] });
    expect([none.status, (await none.json()).error.code]).toEqual([404, 'step_not_found']);
    expect((await w.anonymous.send('POST', path, {})).status).toBe(401);
    for (const who of [w.tess, w.benC]) expect((await who.send('POST', path, {})).status).toBe(403);
    expect((await w.caraC.send('POST', path, {})).status).toBe(404);
    const foreign = await w.caraC.send('POST', path.replace('org_default', 'other'), {});
    expect([foreign.status, (await foreign.json()).error.code]).toEqual([404, 'course_not_found']);
    expect((await w.ana.send('POST', path, { stepIds: [] })).status).toBe(400);
    w.catalog.entries.splice(0, 1);
    const gone = await w.ana.send('POST', path, {});
    expect([gone.status, (await gone.json()).error.code]).toEqual([404, 'scenario_not_found']);
  });
});
