import { describe, expect, it } from 'vitest';
import { choose, startRun } from '../testing/run-client';
import { jsonInit, testApp } from '../testing/test-app';

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
      // PostgreSQL cannot store a NUL byte in text: control characters are refused before storage.
      { beatId: 'greet', choiceId: 'ask', requestId: 'a\u0000b' },
      { beatId: 'greet', choiceId: 'ask', requestId: 'has space' },
      { beatId: 'greet', choiceId: 'ask', requestId: 'x'.repeat(101) },
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
