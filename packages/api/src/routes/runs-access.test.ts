import { describe, expect, it } from 'vitest';
import { choose, startRun } from '../testing/run-client';
import { jsonInit, testApp } from '../testing/test-app';

describe('choice order', () => {
  it('resuming a run shows its choices in the order it started with; runs differ in order', async () => {
    const { app } = await testApp();
    const orders = new Set<string>();
    for (let i = 0; i < 12; i++) {
      const run = await startRun(app, 'coach');
      const started = run.body.view.choices.map((c: { id: string }) => c.id);
      const resumed = await (await app.request(`/api/runs/${run.id}`, { headers: run.bearer })).json();
      expect(resumed.view.choices.map((c: { id: string }) => c.id)).toEqual(started);
      orders.add(started.join());
    }
    expect(orders.size).toBeGreaterThan(1);
  });
});

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
    // Shown in the run's seeded order; the ids are the scenario's.
    expect(run.body.view.choices.map((c: { id: string }) => c.id).sort()).toEqual(['ask', 'push', 'wait']);
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
