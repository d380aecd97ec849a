import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { type ClientError, createClient, type RouteResponse } from './client';
import { servedRoutes } from './openapi/declare-route';
import { type TestApp, testApp } from './testing/test-app';

// The web app's typed client against the real app: its types come from the route declarations (this
// file only compiles if they do), its calls reach the routes, and every answer it returns here parses
// with the schema its route declares.

/** A client on the app, keeping cookies like a browser. */
function clientOn(app: TestApp) {
  const jar = new Map<string, string>();
  return createClient({
    fetch: async (url, init) => {
      const headers = new Headers(init.headers);
      if (jar.size) headers.set('cookie', [...jar].map(([k, v]) => `${k}=${v}`).join('; '));
      const res = await app.request(url, { ...init, headers });
      for (const header of res.headers.getSetCookie()) {
        const [name, ...value] = (header.split(';')[0] ?? '').split('=');
        if (name) jar.set(name, value.join('='));
      }
      return res as Response;
    },
  });
}

/** Parses a success body with the schema its route declares (path in the document's `{id}` style). */
function expectDeclared(app: TestApp, method: string, path: string, status: number, value: unknown) {
  const schema = app.responseSchema(method, path.replace(/:(\w+)/g, '{$1}'), status);
  if (!schema) throw new Error(`${method} ${path} declares no schema for ${status}`);
  expect(schema.safeParse(value).error).toBeUndefined();
}

describe('typed client from the declarations', () => {
  it('starts a run, makes a choice and reads the debrief with typed calls', async () => {
    const { app } = await testApp();
    const api = clientOn(app);
    const created = await api.post('/api/runs', { json: { scenarioId: 'tiny', mode: 'coach' } });
    if (!created.ok) throw new Error(created.error.message);
    expectDeclared(app, 'post', '/api/runs', 201, created.value);
    const id = created.value.run.id;
    const chosen = await api.post('/api/runs/:id/choices', {
      param: { id },
      json: { beatId: created.value.view.beat.id, choiceId: 'ask', requestId: 'r1' },
    });
    if (!chosen.ok) throw new Error(chosen.error.message);
    expectDeclared(app, 'post', '/api/runs/:id/choices', 200, chosen.value);
    expect(chosen.value.view.beat.id).toBe('close');
    expect(chosen.value.step.seq).toBe(1);
    const debrief = await api.get('/api/runs/:id/debrief', { param: { id } });
    if (!debrief.ok) throw new Error(debrief.error.message);
    expectDeclared(app, 'get', '/api/runs/:id/debrief', 200, debrief.value);
    const health = await api.get('/api/health');
    expect(health.ok && health.value.status).toBe('ok');
    const sources = await api.get('/api/sources', { query: { lang: 'es' } });
    if (!sources.ok) throw new Error(sources.error.message);
    expectDeclared(app, 'get', '/api/sources', 200, sources.value);
  });

  it('returns the API error body as one typed value, and a network failure as another', async () => {
    const { app } = await testApp();
    const missing = await clientOn(app).get('/api/runs/:id', { param: { id: 'AAAAAAAAAAAAAAAA' } });
    expect(missing).toEqual({
      ok: false,
      error: expect.objectContaining({ kind: 'http', status: 404, code: 'run_not_found' }),
    });
    const offline = createClient({ fetch: () => Promise.reject(new TypeError('offline')) });
    const res = await offline.get('/api/health');
    expect(res.ok ? null : res.error.kind).toBe('network');
  });

  it('types each call from its declaration', () => {
    expectTypeOf<RouteResponse<'get', '/api/health'>>().toHaveProperty('status');
    expectTypeOf<RouteResponse<'post', '/api/rooms'>>().toHaveProperty('qrSvg');
    expectTypeOf<Extract<ClientError, { kind: 'http' }>['code']>().toExtend<string>();
    const api = createClient();
    // @ts-expect-error: a path nobody declared
    void (() => api.get('/api/nowhere'));
    const noRequestId = { beatId: 'a', choiceId: 'b' };
    // @ts-expect-error: the choice body needs a requestId
    void (() => api.post('/api/runs/:id/choices', { param: { id: 'x' }, json: noRequestId }));
  });

  it('knows every route the app serves: each declaration module is listed in client/declared-routes.ts', async () => {
    const listing = readFileSync(new URL('./client/declared-routes.ts', import.meta.url), 'utf8');
    const modules = [...listing.matchAll(/import type \* as \w+ from '\.\.\/([^']+)'/g)].map((m) => m[1]);
    const known = new Set<string>();
    for (const module of modules) {
      const exports: Record<string, unknown> = await import(new URL(`./${module}.ts`, import.meta.url).href);
      for (const value of Object.values(exports)) {
        const route = value as { method?: unknown; path?: unknown; validate?: unknown };
        if (typeof route.validate === 'function') known.add(`${route.method} ${route.path}`);
      }
    }
    const { real } = await testApp();
    // The OpenAPI document and its page are for people and tools, not for the web app.
    const unlisted = servedRoutes(real.routes)
      .map((r) => `${r.spec.method} ${r.spec.path}`)
      .filter((key) => !known.has(key) && !/ \/api\/(openapi\.json|docs)/.test(key));
    expect(unlisted).toEqual([]);
  });
});
