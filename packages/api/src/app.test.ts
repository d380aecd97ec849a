import { describe, expect, it } from 'vitest';
import { createApp } from './app';

describe('GET /api/health', () => {
  it('reports ok with the version and the injected clock', async () => {
    const app = createApp({ now: () => new Date('2026-01-02T03:04:05Z'), version: '9.9.9' });
    const res = await app.request('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', version: '9.9.9', time: '2026-01-02T03:04:05.000Z' });
  });
});
