import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { clientAddress, originAllowed, requestProtocol } from './origin';

async function probe(trustProxy: boolean, headers: Record<string, string>, url = 'http://doorway.test/x') {
  let seen: { allowed: boolean; proto: string; address: string } | undefined;
  const app = new Hono().post('/x', (c) => {
    seen = {
      allowed: originAllowed(c, { trustProxy }, ['http://localhost:5173']),
      proto: requestProtocol(c, { trustProxy }),
      address: clientAddress(c, { trustProxy }, () => '10.0.0.9'),
    };
    return c.text('ok');
  });
  await app.request(url, { method: 'POST', headers });
  if (!seen) throw new Error('handler did not run');
  return seen;
}

describe('origin checks', () => {
  it('accepts our own origin, a configured one, and no Origin from a non-browser', async () => {
    expect((await probe(false, { origin: 'http://doorway.test' })).allowed).toBe(true);
    expect((await probe(false, { origin: 'http://localhost:5173' })).allowed).toBe(true);
    expect((await probe(false, {})).allowed).toBe(true);
  });

  it('refuses another origin, a scheme mismatch, and a cross-site fetch without Origin', async () => {
    expect((await probe(false, { origin: 'https://evil.example' })).allowed).toBe(false);
    expect((await probe(false, { origin: 'https://doorway.test' })).allowed).toBe(false);
    expect((await probe(false, { 'sec-fetch-site': 'cross-site' })).allowed).toBe(false);
  });

  it('believes X-Forwarded-* only behind a trusted proxy', async () => {
    const headers = {
      'x-forwarded-proto': 'https',
      'x-forwarded-for': '203.0.113.7, 10.0.0.1',
      origin: 'https://doorway.test',
    };
    expect(await probe(true, headers)).toEqual({ allowed: true, proto: 'https', address: '203.0.113.7' });
    expect(await probe(false, headers)).toEqual({ allowed: false, proto: 'http', address: '10.0.0.9' });
  });
});
