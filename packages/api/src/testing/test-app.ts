import { randomBytes } from 'node:crypto';
import pino from 'pino';
import type { z } from 'zod';
import { createApp } from '../app';
import type { AppDeps } from '../deps';
import { servedRoutes } from '../openapi/declare-route';
import { documentedRoutes } from '../openapi/document';
import type { CatalogEntry, ScenarioCatalog } from '../runs/catalog';
import { openSqliteStorage } from '../storage/open-storage';
import type { Storage } from '../storage/storage';
import { fixtureRubric, fixtureScenario } from './fixture-scenario';

export { fixtureScenario } from './fixture-scenario';
export { translatedTable } from './translated-table';

/** A catalog over fixed entries (tests change `entries` to simulate a scenario edited on disk). */
export function fixtureCatalog(
  entries: CatalogEntry[] = [{ scenario: fixtureScenario, contentHash: 'tiny-v1' }],
) {
  const catalog: ScenarioCatalog & { entries: CatalogEntry[] } = {
    entries,
    list: () => catalog.entries,
    get: (id) => catalog.entries.find((e) => e.scenario.id === id),
    rubric: fixtureRubric,
    sources: {
      lang: 'en',
      documents: [{ id: 'seed-001', title: 'Interpreter guidance', publisher: 'Test' }],
      guidance: [
        {
          id: 'interp-1',
          text: 'Use a trained interpreter.',
          lang: 'en',
          section: 'A',
          sectionLang: 'en',
          document: 'seed-001',
          seed: 'seed-001',
        },
      ],
      references: [{ key: 'OVC-INT', citation: 'OVC, Working with interpreters.' }],
    },
  };
  return catalog;
}

// biome-ignore lint/suspicious/noExplicitAny: response bodies in tests are checked by assertions, not types
type JsonBody = any;

/** A Response whose json() is loosely typed, for assertions. */
export type TestResponse = Omit<Response, 'json'> & { json(): Promise<JsonBody> };

/** The app as tests call it: `request` like Hono's `app.request`, with loosely typed bodies. */
export interface TestApp {
  request(path: string, init?: RequestInit): Promise<TestResponse>;
  fetch: (request: Request) => Response | Promise<Response>;
  /**
   * The schema the route declares for this status (`path` as the OpenAPI document writes it), if any:
   * contract tests parse real answers with it.
   */
  responseSchema(method: string, path: string, status: number): z.ZodType | undefined;
}

/**
 * A real app over a migrated SQLite storage (in memory unless `file` is given), the fixture catalog,
 * a fixed clock and silent logs. Everything can be overridden.
 *
 * @example
 * const { app, storage } = await testApp();
 * const res = await app.request('/api/health');
 */
export async function testApp(overrides: Partial<AppDeps> & { file?: string } = {}) {
  const storage: Storage = overrides.storage ?? openSqliteStorage(overrides.file ?? ':memory:');
  await storage.migrate();
  const catalog = (overrides.catalog as ReturnType<typeof fixtureCatalog> | undefined) ?? fixtureCatalog();
  const deps: AppDeps = {
    now: () => new Date('2026-01-02T03:04:05Z'),
    version: '9.9.9',
    random: (n) => randomBytes(n),
    logger: pino({ level: 'silent' }),
    rateLimit: { max: 1000, windowMs: 60_000 },
    ...overrides,
    storage,
    catalog,
  };
  const real = createApp(deps);
  let routes: ReturnType<typeof documentedRoutes> | undefined;
  const app: TestApp = {
    request: async (path, init) => {
      const res = (await real.request(path, init)) as TestResponse;
      routes ??= documentedRoutes(servedRoutes(real.routes));
      await expectDeclaredAnswer(routes, init?.method ?? 'GET', path, res);
      return res;
    },
    fetch: (request) => real.fetch(request),
    responseSchema: (method, path, status) => {
      routes ??= documentedRoutes(servedRoutes(real.routes));
      const route = routes.find((r) => r.method === method.toLowerCase() && r.path === path);
      return route?.responses[status]?.schema;
    },
  };
  return { app, real, storage, catalog, deps };
}

type Documented = ReturnType<typeof documentedRoutes>;

/**
 * Every JSON answer a test gets parses with the schema its route declares for that status, so each API
 * test is also a contract test of the declarations the OpenAPI document and the web app's types read.
 * Throws (failing the test) with the route, the status and zod's words on a mismatch.
 */
async function expectDeclaredAnswer(routes: Documented, method: string, url: string, res: Response) {
  if (!res.headers.get('content-type')?.includes('application/json')) return;
  const path = new URL(url, 'http://test').pathname;
  const candidates = routes.filter(
    (r) => r.method === method.toLowerCase() && pathPattern(r.path).test(path),
  );
  // The most specific route wins: `/api/rooms/{id}/debrief.csv` before `/api/rooms/{id}/{x}`.
  const route = candidates.sort((a, b) => staticChars(b.path) - staticChars(a.path))[0];
  const schema = route?.responses[res.status]?.schema;
  if (!route || !schema) return;
  const parsed = schema.safeParse(await res.clone().json());
  if (!parsed.success)
    throw new Error(
      `${method} ${route.path} answered ${res.status} with a body its declaration does not allow: ${parsed.error.message}`,
    );
}

const pathPattern = (documented: string) =>
  new RegExp(`^${documented.replace(/[.]/g, '\\.').replace(/\{\w+\}/g, '[^/]+')}$`);
const staticChars = (documented: string) => documented.replace(/\{\w+\}/g, '').length;

/** JSON request helper for `app.request`. */
export function jsonInit(method: string, body: unknown, headers: Record<string, string> = {}): RequestInit {
  return {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  };
}
