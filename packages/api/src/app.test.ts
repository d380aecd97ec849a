import { describe, expect, it } from 'vitest';
import { jsonInit, testApp } from './testing/test-app';

describe('GET /api/health', () => {
  it('reports ok with the version, the injected clock, the storage and the scenario count', async () => {
    const { app } = await testApp();
    const res = await app.request('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      status: 'ok',
      version: '9.9.9',
      time: '2026-01-02T03:04:05.000Z',
      storage: 'sqlite',
      scenarios: 1,
    });
  });
});

describe('errors are JSON with a code and a message that says what to do', () => {
  it('404 for an unknown path', async () => {
    const { app } = await testApp();
    const res = await app.request('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      error: { code: 'not_found', message: expect.stringContaining('/api/docs') },
    });
  });

  it('405 with Allow for a known path and the wrong method', async () => {
    const { app } = await testApp();
    const res = await app.request('/api/runs', { method: 'GET' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
    expect((await res.json()).error.code).toBe('method_not_allowed');
    const del = await app.request('/api/scenarios/tiny', { method: 'DELETE' });
    expect(del.status).toBe(405);
    expect(del.headers.get('allow')).toBe('GET, HEAD');
  });

  it('400 malformed_json for a broken body', async () => {
    const { app } = await testApp();
    const res = await app.request('/api/runs', jsonInit('POST', '{"scenarioId": '));
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe('malformed_json');
  });

  it('400 invalid_body naming the field', async () => {
    const { app } = await testApp();
    const res = await app.request('/api/runs', jsonInit('POST', { scenarioId: 'tiny', mode: 'exam' }));
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe('invalid_body');
    expect(body.error.message).toContain('mode');
  });

  it('415 for a body that is not JSON', async () => {
    const { app } = await testApp();
    const res = await app.request('/api/runs', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'hello',
    });
    expect(res.status).toBe(415);
    expect((await res.json()).error.code).toBe('unsupported_media_type');
  });

  it('413 for a body over the limit', async () => {
    const { app } = await testApp({ bodyLimitBytes: 1024 });
    const res = await app.request(
      '/api/runs',
      jsonInit('POST', { scenarioId: 'x'.repeat(5000), mode: 'coach' }),
    );
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe('payload_too_large');
  });
});

describe('security headers', () => {
  it('sends a strict CSP without inline scripts, nosniff and no-store on the API', async () => {
    const { app } = await testApp();
    const res = await app.request('/api/health');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('sends them on errors too, and lets a route set its own caching', async () => {
    const { app } = await testApp();
    for (const path of ['/api/nothing', '/api/scenarios/nope', '/elsewhere']) {
      const res = await app.request(path);
      expect(res.headers.get('content-security-policy'), path).toContain("default-src 'self'");
      expect(res.headers.get('x-frame-options'), path).toBe('DENY');
    }
    const bad = await app.request('/api/runs', jsonInit('POST', '{'));
    expect(bad.headers.get('x-content-type-options')).toBe('nosniff');
    const asset = await app.request('/api/docs/assets/swagger-ui.css');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=86400');
  });
});

describe('bench hello', () => {
  it('exists only when enabled', async () => {
    expect((await (await testApp()).app.request('/api/bench/hello')).status).toBe(404);
    const res = await (await testApp({ benchHello: true })).app.request('/api/bench/hello');
    expect(await res.json()).toEqual({ hello: 'world' });
  });
});
