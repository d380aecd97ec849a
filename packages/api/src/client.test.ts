import { hc } from 'hono/client';
import { describe, expect, it } from 'vitest';
import type { AppType } from './client';
import { testApp } from './testing/test-app';

// The web app's typed client (hono/client on AppType) against the real app: the route chain keeps its types
// (this file only compiles if it does) and the client's calls reach the routes.

describe('typed client on AppType', () => {
  it('starts a run, makes a choice and reads the debrief with typed calls', async () => {
    const { app } = await testApp();
    const client = hc<AppType>('http://localhost', {
      fetch: (input: string | URL | Request, init?: RequestInit) =>
        app.request(
          typeof input === 'string' ? input : input instanceof URL ? input.toString() : input.url,
          init,
        ),
    });
    const created = await client.api.runs.$post({ json: { scenarioId: 'tiny', mode: 'coach' } });
    expect(created.status).toBe(201);
    const start = await created.json();
    if (!('runToken' in start)) throw new Error('expected a created run');
    const headers = { authorization: `Bearer ${start.runToken}` };
    const chosen = await client.api.runs[':id'].choices.$post(
      { param: { id: start.run.id }, json: { beatId: start.view.beat.id, choiceId: 'ask', requestId: 'r1' } },
      { headers },
    );
    const body = await chosen.json();
    if (!('view' in body)) throw new Error('expected a view');
    expect(body.view.beat.id).toBe('close');
    expect(body.step.seq).toBe(1);
    const debrief = await client.api.runs[':id'].debrief.$get({ param: { id: start.run.id } }, { headers });
    expect(debrief.status).toBe(200);
    const health = await (await client.api.health.$get()).json();
    expect(health.status).toBe('ok');
  });
});
