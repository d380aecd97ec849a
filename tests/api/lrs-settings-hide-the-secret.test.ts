import { openSqliteStorage } from '@doorway/api';
import { expect, it } from 'vitest';
import { fuzzWorld } from '../fuzz/fuzz-world';

// The LRS secret goes in and never comes out; a PUT without it keeps the stored one; only admins may touch it.
it('LRS settings: the secret is never returned, a PUT without it keeps it, and an anonymous call is 401', async () => {
  const world = await fuzzWorld(openSqliteStorage(':memory:'));
  const as = (method: string, body?: unknown, cookie = world.adminCookie()) =>
    world.app.request('/api/orgs/org_default/lrs', {
      method,
      headers: { cookie, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const first = await as('PUT', { endpoint: 'https://lrs.example.org/xapi', key: 'k' });
  expect(first.status).toBe(400);
  expect((await first.json()).error.code).toBe('lrs_secret_required');
  expect(
    (await as('PUT', { endpoint: 'https://lrs.example.org/xapi', key: 'k', secret: 's3cret-value' })).status,
  ).toBe(200);
  expect((await as('PUT', { endpoint: 'https://lrs2.example.org/xapi', key: 'k2' })).status).toBe(200);
  const read = await as('GET');
  const text = await read.text();
  expect(read.status).toBe(200);
  expect(text).not.toContain('s3cret-value');
  expect(JSON.parse(text).lrs).toMatchObject({
    endpoint: 'https://lrs2.example.org/xapi',
    key: 'k2',
    secretSet: true,
  });
  expect((await as('GET', undefined, '')).status).toBe(401);
  expect((await as('DELETE')).status).toBe(204);
  expect((await (await as('GET')).json()).lrs).toBeNull();
});
