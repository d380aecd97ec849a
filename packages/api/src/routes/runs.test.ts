import { describe, expect, it } from 'vitest';
import { choose, startRun } from '../testing/run-client';
import { jsonInit, testApp } from '../testing/test-app';

describe('POST /api/runs', () => {
  it('creates a run: 201 with run, first view, a 256-bit token and an HttpOnly SameSite=Lax cookie', async () => {
    const { app, storage } = await testApp();
    const run = await startRun(app, 'coach');
    expect(run.body.run).toEqual({
      id: run.id,
      scenarioId: 'tiny',
      scenarioVersion: '1.0.0',
      mode: 'coach',
      status: 'active',
      createdAt: '2026-01-02T03:04:05.000Z',
    });
    expect(run.body.view.beat.id).toBe('greet');
    expect(run.body.view.choices.map((c: { id: string }) => c.id)).toEqual(['ask', 'push', 'wait']);
    expect(run.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(run.setCookie).toContain(`doorway_run_${run.id}=${run.token}`);
    expect(run.setCookie).toMatch(/HttpOnly/);
    expect(run.setCookie).toMatch(/SameSite=Lax/);
    expect(run.setCookie).toMatch(/Path=\//);
    expect(run.setCookie).not.toMatch(/Secure/);
    // Only the token's hash is stored.
    const record = await storage.getRun(run.id);
    expect(record?.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(record?.tokenHash).not.toContain(run.token);
  });

  it('marks the cookie Secure behind a trusted HTTPS proxy, not for an untrusted header', async () => {
    const trusted = await testApp({ trustProxy: true });
    const res = await trusted.app.request(
      '/api/runs',
      jsonInit('POST', { scenarioId: 'tiny', mode: 'coach' }, { 'x-forwarded-proto': 'https' }),
    );
    expect(res.headers.get('set-cookie')).toMatch(/Secure/);
    const untrusted = await testApp();
    const res2 = await untrusted.app.request(
      '/api/runs',
      jsonInit('POST', { scenarioId: 'tiny', mode: 'coach' }, { 'x-forwarded-proto': 'https' }),
    );
    expect(res2.headers.get('set-cookie')).not.toMatch(/Secure/);
  });

  it('404 scenario_not_found for an unknown scenario', async () => {
    const { app } = await testApp();
    const res = await app.request('/api/runs', jsonInit('POST', { scenarioId: 'nope', mode: 'coach' }));
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('scenario_not_found');
  });

  it('429 rate_limited with Retry-After past the configured limit, per client address', async () => {
    let address = '10.0.0.1';
    const { app } = await testApp({ rateLimit: { max: 2, windowMs: 60_000 }, socketAddress: () => address });
    await startRun(app, 'coach');
    await startRun(app, 'coach');
    const res = await app.request('/api/runs', jsonInit('POST', { scenarioId: 'tiny', mode: 'coach' }));
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('60');
    expect((await res.json()).error.code).toBe('rate_limited');
    address = '10.0.0.2';
    expect((await startRun(app, 'coach')).id).toBeTruthy();
  });
});

describe('GET /api/runs/:id', () => {
  it('opens with the cookie or the bearer token; 404 run_not_found otherwise', async () => {
    const { app } = await testApp();
    const run = await startRun(app, 'coach');
    for (const headers of [run.cookieHeader, run.bearer]) {
      const res = await app.request(`/api/runs/${run.id}`, { headers });
      expect(res.status).toBe(200);
      const body = await res.json();
      expect(body.run.id).toBe(run.id);
      expect(body.view.beat.id).toBe('greet');
      expect(body.decisions).toBe(0);
      expect(body.transcript).toEqual([expect.objectContaining({ kind: 'speech', text: 'Hello.' })]);
    }
    const other = await startRun(app, 'coach');
    for (const headers of [
      {} as Record<string, string>,
      other.bearer,
      { authorization: 'Bearer nope' },
      { cookie: `doorway_run_${run.id}=x` },
    ]) {
      const res = await app.request(`/api/runs/${run.id}`, { headers });
      expect(res.status).toBe(404);
      expect((await res.json()).error.code).toBe('run_not_found');
    }
    expect((await app.request('/api/runs/..%2f..%2fetc', { headers: run.bearer })).status).toBe(404);
  });

  it('after a reload shows the transcript, decisions and (coach) the last feedback', async () => {
    const { app } = await testApp();
    const run = await startRun(app, 'coach');
    await choose(app, run, 'greet', 'ask');
    const body = await (await app.request(`/api/runs/${run.id}`, { headers: run.cookieHeader })).json();
    expect(body.decisions).toBe(1);
    expect(body.view.beat.id).toBe('close');
    expect(body.feedback).toMatchObject({ beatId: 'greet', choiceId: 'ask', verdict: 'best' });
    expect(body.transcript.map((l: { kind: string; text: string }) => l.text)).toEqual([
      'Hello.',
      'Would you like to talk somewhere private?',
      'Thank you.',
    ]);
  });
});

describe('POST /api/runs/:id/choices', () => {
  it('applies a choice: new view, logged step and feedback in coach mode', async () => {
    const { app, storage } = await testApp();
    const run = await startRun(app, 'coach');
    const res = await choose(app, run, 'greet', 'push');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.view.beat.id).toBe('close');
    expect(body.step).toEqual({ seq: 1, kind: 'choice', beatId: 'greet', choiceId: 'push' });
    expect(body.feedback).toMatchObject({
      verdict: 'harmful',
      critical: true,
      best: { choiceId: 'ask', text: 'Would you like to talk somewhere private?' },
    });
    expect(await storage.listSteps(run.id)).toHaveLength(1);
  });

  it('gives no feedback in practice or assessment mode', async () => {
    const { app } = await testApp();
    for (const mode of ['practice', 'assessment'] as const) {
      const run = await startRun(app, mode);
      const body = await (await choose(app, run, 'greet', 'ask')).json();
      expect(body.feedback).toBeUndefined();
      expect(body.view.beat.id).toBe('close');
    }
  });

  it('409 choice_not_available, stale_beat and run_ended, each with the current view', async () => {
    const { app } = await testApp();
    const run = await startRun(app, 'coach');
    const missing = await choose(app, run, 'greet', 'offer');
    expect(missing.status).toBe(409);
    expect(await missing.json()).toMatchObject({
      error: { code: 'choice_not_available', message: expect.any(String), view: { beat: { id: 'greet' } } },
    });
    await choose(app, run, 'greet', 'ask');
    const stale = await choose(app, run, 'greet', 'ask');
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({
      error: { code: 'stale_beat', view: { beat: { id: 'close' } } },
    });
    const end = await choose(app, run, 'close', 'offer');
    expect((await end.json()).view).toMatchObject({
      ended: true,
      ending: { id: 'door-open', outcome: 'positive' },
    });
    const after = await choose(app, run, 'close', 'offer');
    expect(after.status).toBe(409);
    expect(await after.json()).toMatchObject({ error: { code: 'run_ended', view: { ended: true } } });
  });

  it('is idempotent by requestId: a retry returns the first answer and writes nothing', async () => {
    const { app, storage } = await testApp();
    const run = await startRun(app, 'coach');
    const first = await (await choose(app, run, 'greet', 'ask', 'req-1')).json();
    const retry = await choose(app, run, 'greet', 'ask', 'req-1');
    expect(retry.status).toBe(200);
    expect(await retry.json()).toEqual(first);
    expect(await storage.listSteps(run.id)).toHaveLength(1);
    const reused = await choose(app, run, 'greet', 'push', 'req-1');
    expect(reused.status).toBe(409);
    expect((await reused.json()).error.code).toBe('request_id_reused');
  });

  it('checks Origin on cookie-authenticated writes (403 bad_origin), not on bearer ones', async () => {
    const { app } = await testApp({ allowedOrigins: ['http://localhost:5173'] });
    const run = await startRun(app, 'coach');
    const evil = { ...run.cookieHeader, origin: 'https://evil.example' };
    const res = await choose(app, run, 'greet', 'ask', 'r1', evil);
    expect(res.status).toBe(403);
    expect((await res.json()).error.code).toBe('bad_origin');
    const crossSite = await choose(app, run, 'greet', 'ask', 'r1', {
      ...run.cookieHeader,
      'sec-fetch-site': 'cross-site',
    });
    expect(crossSite.status).toBe(403);
    const same = await choose(app, run, 'greet', 'wait', 'r2', {
      ...run.cookieHeader,
      origin: 'http://localhost',
    });
    expect(same.status).toBe(200);
    const dev = await choose(app, run, 'greet', 'wait', 'r3', {
      ...run.cookieHeader,
      origin: 'http://localhost:5173',
    });
    expect(dev.status).toBe(200);
    const bearer = await choose(app, run, 'greet', 'ask', 'r4', {
      ...run.bearer,
      origin: 'https://evil.example',
    });
    expect(bearer.status).toBe(200);
  });

  it('400 for a body with missing or extra fields', async () => {
    const { app } = await testApp();
    const run = await startRun(app, 'coach');
    for (const body of [
      {},
      { beatId: 'greet', choiceId: 'ask' },
      { beatId: 1, choiceId: 'ask', requestId: 'r' },
    ]) {
      const res = await app.request(`/api/runs/${run.id}/choices`, jsonInit('POST', body, run.bearer));
      expect(res.status).toBe(400);
      expect((await res.json()).error.code).toBe('invalid_body');
    }
  });
});

describe('concurrency', () => {
  it('parallel different choices for the same step: exactly one applied, the others 409 with the view', async () => {
    const { app, storage } = await testApp();
    const run = await startRun(app, 'coach');
    const results = await Promise.all(
      ['ask', 'push', 'wait', 'ask', 'push'].map((c, i) => choose(app, run, 'greet', c, `req-${i}`)),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(4);
    for (const r of results.filter((x) => x.status === 409))
      expect((await r.json()).error.view).toBeDefined();
    expect(await storage.listSteps(run.id)).toHaveLength(1);
  });

  it('parallel identical requestIds: one write, the same answer for all', async () => {
    const { app, storage } = await testApp();
    const run = await startRun(app, 'coach');
    const results = await Promise.all(
      Array.from({ length: 6 }, () => choose(app, run, 'greet', 'ask', 'same')),
    );
    const bodies = await Promise.all(results.map((r) => r.json()));
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200]);
    for (const b of bodies) expect(b).toEqual(bodies[0]);
    expect(await storage.listSteps(run.id)).toHaveLength(1);
  });
});

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
