import { describe, expect, it } from 'vitest';
import { choose, startRun } from '../testing/run-client';
import { jsonInit, testApp } from '../testing/test-app';

describe('rewind, exit and debrief', () => {
  it('coach: rewind any time adds a step and goes back', async () => {
    const { app, storage } = await testApp();
    const run = await startRun(app, 'coach');
    await choose(app, run, 'greet', 'push');
    const res = await app.request(
      `/api/runs/${run.id}/rewind`,
      jsonInit('POST', { toDecision: 0 }, run.bearer),
    );
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.view.beat.id).toBe('greet');
    expect(body.step).toEqual({ seq: 2, kind: 'rewind', toDecision: 0 });
    expect(await storage.listSteps(run.id)).toHaveLength(2);
    const bad = await app.request(
      `/api/runs/${run.id}/rewind`,
      jsonInit('POST', { toDecision: 5 }, run.bearer),
    );
    expect(bad.status).toBe(409);
    expect((await bad.json()).error.code).toBe('invalid_rewind');
  });

  it('after a rewind, resume shows only the effective path: transcript, decisions and feedback', async () => {
    const { app } = await testApp();
    const run = await startRun(app, 'coach');
    await choose(app, run, 'greet', 'push');
    await choose(app, run, 'close', 'decide');
    await app.request(`/api/runs/${run.id}/rewind`, jsonInit('POST', { toDecision: 1 }, run.bearer));
    const body = await (await app.request(`/api/runs/${run.id}`, { headers: run.cookieHeader })).json();
    expect(body.decisions).toBe(1);
    expect(body.run.status).toBe('active');
    expect(body.view.beat.id).toBe('close');
    expect(body.feedback).toMatchObject({ beatId: 'greet', choiceId: 'push' });
    const said = body.transcript
      .filter((l: { kind: string }) => l.kind === 'trainee')
      .map((l: { text: string }) => l.text);
    expect(said).toEqual(['Tell me everything now.']);
    // The debrief remembers the undone decision as tried before.
    await choose(app, run, 'close', 'offer');
    const debrief = await (await app.request(`/api/runs/${run.id}/debrief`, { headers: run.bearer })).json();
    expect(debrief.decisions.map((d: { choice: { id: string } }) => d.choice.id)).toEqual(['push', 'offer']);
    expect(debrief.decisions[1].triedBefore).toEqual([
      expect.objectContaining({ id: 'decide', verdict: 'harmful' }),
    ]);
  });

  it('practice: rewind only after the end; assessment: never', async () => {
    const { app } = await testApp();
    const practice = await startRun(app, 'practice');
    await choose(app, practice, 'greet', 'ask');
    const early = await app.request(
      `/api/runs/${practice.id}/rewind`,
      jsonInit('POST', { toDecision: 0 }, practice.bearer),
    );
    expect(early.status).toBe(409);
    expect((await early.json()).error).toMatchObject({
      code: 'rewind_not_allowed',
      view: { beat: { id: 'close' } },
    });
    await choose(app, practice, 'close', 'decide');
    const late = await app.request(
      `/api/runs/${practice.id}/rewind`,
      jsonInit('POST', { toDecision: 1 }, practice.bearer),
    );
    expect(late.status).toBe(200);
    expect((await late.json()).view.beat.id).toBe('close');

    const assessment = await startRun(app, 'assessment');
    await choose(app, assessment, 'greet', 'ask');
    await choose(app, assessment, 'close', 'offer');
    const never = await app.request(
      `/api/runs/${assessment.id}/rewind`,
      jsonInit('POST', { toDecision: 0 }, assessment.bearer),
    );
    expect((await never.json()).error.code).toBe('rewind_not_allowed');
  });

  it('debrief: 409 run_not_ended before the end (except coach); available after exit', async () => {
    const { app } = await testApp();
    const run = await startRun(app, 'practice');
    await choose(app, run, 'greet', 'push');
    const early = await app.request(`/api/runs/${run.id}/debrief`, { headers: run.bearer });
    expect(early.status).toBe(409);
    expect((await early.json()).error.code).toBe('run_not_ended');
    const exit = await app.request(`/api/runs/${run.id}/exit`, { method: 'POST', headers: run.bearer });
    expect(exit.status).toBe(200);
    expect((await exit.json()).run.status).toBe('exited');
    const again = await app.request(`/api/runs/${run.id}/exit`, { method: 'POST', headers: run.bearer });
    expect(again.status).toBe(409);
    expect((await again.json()).error.code).toBe('run_ended');
    const debrief = await (await app.request(`/api/runs/${run.id}/debrief`, { headers: run.bearer })).json();
    expect(debrief).toMatchObject({ scenarioId: 'tiny', mode: 'practice', status: 'exited', passed: false });
    expect(debrief.criticalErrors).toHaveLength(1);
    expect(debrief.decisions[0]).toMatchObject({
      beatId: 'greet',
      choice: { id: 'push' },
      verdict: 'harmful',
    });

    const coach = await startRun(app, 'coach');
    expect((await app.request(`/api/runs/${coach.id}/debrief`, { headers: coach.bearer })).status).toBe(200);
  });

  it('the best path passes with 100', async () => {
    const { app } = await testApp();
    const run = await startRun(app, 'assessment');
    await choose(app, run, 'greet', 'ask');
    await choose(app, run, 'close', 'offer');
    const debrief = await (await app.request(`/api/runs/${run.id}/debrief`, { headers: run.bearer })).json();
    expect(debrief).toMatchObject({
      overall: 100,
      passed: true,
      status: 'ended',
      ending: { id: 'door-open' },
    });
  });
});

describe('scenario pinning', () => {
  it('an old run replays on the content it started on after the scenario changes on disk', async () => {
    const { app: before, catalog, storage } = await testApp({ stateCacheSize: 0 });
    let app = before;
    const old = await startRun(app, 'coach');
    await choose(app, old, 'greet', 'ask');
    const original = catalog.entries[0];
    if (!original) throw new Error('fixture catalog is empty');
    // The author renames the beat and bumps the version: old runs must not notice.
    const edited = structuredClone(original.scenario);
    edited.version = '2.0.0';
    const opening = edited.phases.opening;
    if (!opening?.beats.close) throw new Error('fixture changed');
    opening.beats.ending = opening.beats.close;
    delete opening.beats.close;
    for (const c of opening.beats.greet?.choices ?? []) if (c.next === 'close') c.next = 'ending';
    catalog.entries = [{ scenario: edited, contentHash: 'tiny-v2' }];
    // ...and the rubric renames a competency: the old run's debrief keeps the name it was scored with.
    catalog.rubric = {
      competencies: catalog.rubric.competencies.map((c) =>
        c.id === 'safety' ? { ...c, name: 'Renamed' } : c,
      ),
    };

    // A restarted server (fresh caches, same database) replays the old run from the stored version.
    app = (await testApp({ storage, catalog, stateCacheSize: 0 })).app;
    const body = await (await app.request(`/api/runs/${old.id}`, { headers: old.bearer })).json();
    expect(body.run.scenarioVersion).toBe('1.0.0');
    expect(body.view.beat.id).toBe('close');
    expect((await choose(app, old, 'close', 'offer')).status).toBe(200);
    const oldDebrief = await (
      await app.request(`/api/runs/${old.id}/debrief`, { headers: old.bearer })
    ).json();
    expect(oldDebrief.scenarioVersion).toBe('1.0.0');
    expect(oldDebrief.competencies.find((c: { id: string }) => c.id === 'safety')?.name).toBe('Safety first');

    const fresh = await startRun(app, 'coach');
    expect(fresh.body.run.scenarioVersion).toBe('2.0.0');
    expect((await (await choose(app, fresh, 'greet', 'ask')).json()).view.beat.id).toBe('ending');
    const freshDebrief = await (
      await app.request(`/api/runs/${fresh.id}/debrief`, { headers: fresh.bearer })
    ).json();
    expect(freshDebrief.competencies.find((c: { id: string }) => c.id === 'safety')?.name).toBe('Renamed');
  });
});
