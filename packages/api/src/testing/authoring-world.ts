import { readFileSync } from 'node:fs';
import { createRegistry, loadSources, loadSourcesTable, TEMPLATE_FILE } from '@doorway/scenarios';
import { createUser } from '../auth/users';
import type { AppDeps } from '../deps';
import type { ScenarioCatalog } from '../runs/catalog';
import { catalogFromRegistry } from '../runs/catalog-from-registry';
import { jsonInit, type TestApp, testApp } from './test-app';

const password = 'a long pass phrase';
let bundled: ScenarioCatalog | undefined;

/** The bundled scenarios, rubric and sources as the server serves them (loaded once per test file). */
export function bundledCatalog(): ScenarioCatalog {
  if (bundled) return bundled;
  const sources = loadSources();
  if (!sources.ok) throw new Error('the bundled sources do not load');
  const spanish = loadSourcesTable('es');
  if (!spanish.ok || !spanish.value) throw new Error('the bundled Spanish sources table does not load');
  bundled = catalogFromRegistry(createRegistry(), sources.value, [spanish.value.table]);
  return bundled;
}

/** The commented template with `new-scenario` renamed, as an author starts from it. */
export function templateYaml(id = 'new-scenario'): string {
  return readFileSync(TEMPLATE_FILE, 'utf8').replace(/new-scenario/g, id);
}

/**
 * A browser-like client for app.request: keeps cookies, sends JSON.
 *
 * @example
 * const c = cookieClient(app); await c.send('GET', '/api/orgs');
 */
export function cookieClient(app: TestApp) {
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

/**
 * An app over the bundled catalog with people of every role in the default organisation: Ana (first
 * account: admin), Ava (author only), Tom (trainee only), Fay (facilitator only); Cara is admin of another
 * organisation. Each comes back signed in.
 *
 * @example
 * const { ava, tom } = await authoringWorld();
 * await ava.send('POST', '/api/orgs/org_default/drafts', { from: 'template' });
 */
export async function authoringWorld(overrides: Partial<AppDeps> & { file?: string } = {}) {
  const t = await testApp({
    catalog: bundledCatalog(),
    workshopLimits: { login: { max: 100, windowMs: 60_000 } },
    ...overrides,
  });
  const ana = cookieClient(t.app);
  const setup = await ana.send('POST', '/api/auth/setup', {
    email: 'ana@example.org',
    name: 'Ana',
    password,
  });
  if (setup.status !== 201) throw new Error(`set-up failed: ${setup.status}`);
  const at = t.deps.now().toISOString();
  await t.storage.db
    .insertInto('organisations')
    .values({ id: 'other', name: 'Other', retention_days: null, created_at: at })
    .execute();
  const people = [
    ['ava', 'Ava', 'org_default', 'author'],
    ['tom', 'Tom', 'org_default', 'trainee'],
    ['fay', 'Fay', 'org_default', 'facilitator'],
    ['cara', 'Cara', 'other', 'admin'],
  ] as const;
  for (const [id, name, org, role] of people) {
    const made = await createUser(
      t.storage.db,
      { id, email: `${id}@example.org`, name, password },
      t.deps.now(),
    );
    if (!made.ok) throw new Error(`could not create ${id}`);
    await t.storage.db.deleteFrom('memberships').where('user_id', '=', id).execute();
    await t.storage.db
      .insertInto('memberships')
      .values({ organisation_id: org, user_id: id, role, created_at: at })
      .execute();
  }
  const signIn = async (id: string) => {
    const c = cookieClient(t.app);
    const res = await c.send('POST', '/api/auth/login', { email: `${id}@example.org`, password });
    if (res.status !== 200) throw new Error(`sign-in of ${id} failed: ${res.status}`);
    return c;
  };
  return {
    ...t,
    ana,
    ava: await signIn('ava'),
    tom: await signIn('tom'),
    fay: await signIn('fay'),
    cara: await signIn('cara'),
  };
}
