import { expect } from 'vitest';
import { createUser } from '../auth/users';
import { jsonInit, type TestApp, testApp } from '../testing/test-app';

/**
 * A browser-like client for app.request: keeps the session cookie, sends JSON.
 *
 * @example
 * const c = client(app); await c.send("GET", "/api/orgs");
 */
export function client(app: TestApp) {
  const jar = new Map<string, string>();
  const send = async (method: string, path: string, body?: unknown) => {
    const init =
      body === undefined ? { method, headers: {} as Record<string, string> } : jsonInit(method, body);
    (init.headers as Record<string, string>).cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await app.request(path, init);
    for (const header of res.headers.getSetCookie()) {
      const [name, ...value] = (header.split(';')[0] ?? '').split('=');
      if (name) jar.set(name, value.join('='));
    }
    return res;
  };
  return { send };
}

export const password = 'a long pass phrase';

/**
 * Ana (first account: admin), Ben (facilitator) in the default organisation; Cara admin of another.
 *
 * @example
 * const { ana, benC, caraC } = await world();
 */

export async function world() {
  const t = await testApp({ workshopLimits: { login: { max: 100, windowMs: 60_000 } } });
  const ana = client(t.app);
  expect(
    (await ana.send('POST', '/api/auth/setup', { email: 'ana@example.org', name: 'Ana', password })).status,
  ).toBe(201);
  const ben = await createUser(
    t.storage.db,
    { id: 'ben', email: 'ben@example.org', name: 'Ben', password },
    t.deps.now(),
  );
  const cara = await createUser(
    t.storage.db,
    { id: 'cara', email: 'cara@example.org', name: 'Cara', password },
    t.deps.now(),
  );
  expect(ben.ok && cara.ok).toBe(true);
  const at = t.deps.now().toISOString();
  await t.storage.db
    .insertInto('organisations')
    .values({ id: 'other', name: 'Other', retention_days: null, created_at: at })
    .execute();
  await t.storage.db.deleteFrom('memberships').where('user_id', '=', 'cara').execute();
  await t.storage.db
    .insertInto('memberships')
    .values({ organisation_id: 'other', user_id: 'cara', role: 'admin', created_at: at })
    .execute();
  const signIn = async (email: string) => {
    const c = client(t.app);
    expect((await c.send('POST', '/api/auth/login', { email, password })).status).toBe(200);
    return c;
  };
  return { ...t, ana, benC: await signIn('ben@example.org'), caraC: await signIn('cara@example.org') };
}
