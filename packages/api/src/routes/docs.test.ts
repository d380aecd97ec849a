import { describe, expect, it } from 'vitest';
import { allowedMethods, allowTable } from '../http/method-not-allowed';
import { servedRoutes } from '../openapi/declare-route';
import { documentedRoutes } from '../openapi/document';
import { testApp } from '../testing/test-app';

describe('OpenAPI and the reference page', () => {
  it('publishes OpenAPI 3.1 with every documented route and resolvable $refs', async () => {
    const { app } = await testApp();
    const res = await app.request('/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = await res.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.paths['/api/runs/{id}/choices'].post.requestBody.content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/ChoiceBody',
    });
    const refs = JSON.stringify(doc).match(/#\/components\/schemas\/[\w-]+/g) ?? [];
    for (const ref of new Set(refs)) expect(doc.components.schemas[ref.split('/').pop() ?? '']).toBeDefined();
    expect(doc.components.schemas.View.properties.choices).toBeDefined();
  });

  it('every documented route exists in the app (no 404 or 405 from the router)', async () => {
    const { app, real } = await testApp();
    const served = servedRoutes(real.routes);
    const table = allowTable(served);
    for (const route of documentedRoutes(served)) {
      const path = route.path
        .replace('{id}', route.path.startsWith('/api/runs') ? 'AAAAAAAAAAAAAAAA' : 'tiny')
        .replace('{name}', 'init.js');
      const res = await app.request(path, {
        method: route.method.toUpperCase(),
        ...(route.method === 'post' ? { headers: { 'content-type': 'application/json' }, body: '{}' } : {}),
      });
      const body = res.headers.get('content-type')?.includes('json') ? await res.json() : undefined;
      expect(body?.error?.code, `${route.method} ${route.path}`).not.toBe('not_found');
      expect(res.status, `${route.method} ${route.path}`).not.toBe(405);
      expect(allowedMethods(table, path)).toContain(route.method.toUpperCase());
    }
  });

  it('documents every route the app serves', async () => {
    const { real, app } = await testApp();
    const doc = (await (await app.request('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const documented = new Set(
      Object.entries(doc.paths).flatMap(([path, ops]) =>
        Object.keys(ops).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
      ),
    );
    // Every route the app has is documented, except the middleware (`use`, method ALL), named here so a
    // handler registered with `.all()` cannot hide among them.
    const middleware = ['ALL /*', 'ALL /api/*', 'ALL /api/runs/:id/*'];
    const routes = [...new Set(real.routes.map((r) => `${r.method} ${r.path}`))];
    expect(routes.length).toBeGreaterThanOrEqual(11);
    expect(routes.filter((route) => !documented.has(route) && !middleware.includes(route))).toEqual([]);
  });

  it('serves the docs page with bundled assets and no inline script', async () => {
    const { app } = await testApp();
    const page = await (await app.request('/api/docs')).text();
    expect(page).toContain('/api/docs/assets/swagger-ui-bundle.js');
    expect(page).not.toMatch(/<script>(?!<\/script>)/);
    for (const asset of [
      'swagger-ui.css',
      'swagger-ui-bundle.js',
      'swagger-ui-standalone-preset.js',
      'init.js',
    ]) {
      const res = await app.request(`/api/docs/assets/${asset}`);
      expect(res.status, asset).toBe(200);
      expect((await res.text()).length).toBeGreaterThan(10);
    }
    const missing = await app.request('/api/docs/assets/..%2f..%2fpackage.json');
    expect(missing.status).toBe(404);
  });
});
