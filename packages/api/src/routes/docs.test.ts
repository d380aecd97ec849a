import { describe, expect, it } from 'vitest';
import { allowedMethods } from '../http/method-not-allowed';
import { routeTable } from '../openapi/route-table';
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
    const { app } = await testApp();
    for (const route of routeTable) {
      const path = route.path.replace(
        '{id}',
        route.path.startsWith('/api/runs') ? 'AAAAAAAAAAAAAAAA' : 'tiny',
      );
      const res = await app.request(path, {
        method: route.method.toUpperCase(),
        ...(route.method === 'post' ? { headers: { 'content-type': 'application/json' }, body: '{}' } : {}),
      });
      const body = await res.json();
      expect(body?.error?.code, `${route.method} ${route.path}`).not.toBe('not_found');
      expect(res.status, `${route.method} ${route.path}`).not.toBe(405);
      expect(allowedMethods(path)).toContain(route.method.toUpperCase());
    }
  });

  it('documents every run and catalog route the app serves (other areas document theirs)', async () => {
    const { real } = await testApp();
    const documented = new Set(
      routeTable.map((r) => `${r.method.toUpperCase()} ${r.path.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    const served = real.routes
      .filter((r) => r.method !== 'ALL' && /^\/api\/(health|scenarios|rubric|sources|runs)/.test(r.path))
      .map((r) => `${r.method} ${r.path}`);
    expect(served.length).toBeGreaterThanOrEqual(11);
    for (const route of served) expect(documented, route).toContain(route);
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
