import { randomBytes } from 'node:crypto';
import { dropPostgresSchema, openPostgresStorage, openSqliteStorage, type Storage } from '@doorway/api';
import { hashString, seededRandom } from '@doorway/engine';
import { afterAll, describe, expect, it } from 'vitest';
import { postgresForTests } from '../support/postgres';
import { fuzzWorld } from './fuzz-world';
import { type JsonSchema, junkStrings, junkValue, pick, type Rand, sample } from './schema-sample';

// Every operation of the OpenAPI document, fuzzed: the route list is read from /api/openapi.json, so a
// route added to the document is fuzzed without touching this file. Bodies are sampled from the declared
// schemas (mostly valid, sometimes one field wrong, sometimes not JSON at all), path parameters are real ids
// or junk, the caller is the signed-in admin, a run's holder, a stranger or nobody. No answer may be a 5xx;
// every error is JSON `{ error: { code, message } }`. Rerun a failure with FUZZ_SEED=<seed>; `pnpm test:fuzz`
// runs with a fresh seed.

const baseSeed = Number(process.env.FUZZ_SEED ?? 20261207);
const sqliteCount = Number(process.env.FUZZ_COUNT ?? 3000);

type Operation = { method: string; path: string; body?: JsonSchema; query: string[] };
type Doc = {
  paths: Record<
    string,
    Record<
      string,
      {
        requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
        parameters?: { name: string; in: string }[];
      }
    >
  >;
  components?: { schemas?: Record<string, JsonSchema> };
};

function operations(doc: Doc): Operation[] {
  const out: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths))
    for (const [method, op] of Object.entries(item)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const body = op.requestBody?.content?.['application/json']?.schema;
      const query = (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
      out.push({ method: method.toUpperCase(), path, query, ...(body ? { body } : {}) });
    }
  // Sorted, so the seeded mix does not change when the document lists its routes in another order.
  return out.sort((a, b) => `${a.path} ${a.method}`.localeCompare(`${b.path} ${b.method}`));
}

function fillPath(template: string, known: Record<string, string[]>, rand: Rand): string {
  return template.replace(/\{(\w+)\}/g, (_all, name: string, at: number) => {
    // `{id}` after `/rooms` is a room id: look for `roomId` before any id at all.
    const segment = template.slice(0, at).split('/').filter(Boolean).pop() ?? '';
    const typed = name === 'id' ? known[`${segment.replace(/s$/, '')}Id`] : undefined;
    const real = typed ?? known[name] ?? known.id ?? [];
    const value =
      real.length && rand() < 0.75
        ? pick(rand, real)
        : pick(rand, [...junkStrings, 'AAAAAAAAAAAAAAAA', '%2e%2e%2f', 'org_default']);
    // A whole segment `.` or `..` is a dot segment the URL parser removes (/api/rooms/../me is /api/me,
    // another route with another schema): send it with a slash the parser keeps inside the segment.
    return encodeURIComponent(value === '.' || value === '..' ? `${value}/` : value);
  });
}

function payload(doc: Doc, op: Operation, rand: Rand, known: Record<string, string[]>): string | undefined {
  const roll = rand();
  if (op.body && roll < 0.55) return JSON.stringify(sample(doc, op.body, rand, { known, wrong: 0 }));
  if (op.body && roll < 0.8) return JSON.stringify(sample(doc, op.body, rand, { known, wrong: 0.15 }));
  return pick(rand, [
    undefined,
    '{"title": ',
    '['.repeat(20_000),
    JSON.stringify({ pad: 'x'.repeat(80_000) }),
    JSON.stringify({ __proto__: { admin: true } }),
    JSON.stringify(junkValue(rand)),
    '\u0000\u0001',
  ]);
}

const url = (await postgresForTests()) ?? '';
const schemas: string[] = [];
afterAll(async () => {
  for (const schema of schemas) await dropPostgresSchema(url, schema);
});
const databases: [string, number, () => Storage][] = [
  ['SQLite', sqliteCount, () => openSqliteStorage(':memory:')],
];
if (url)
  databases.push([
    'PostgreSQL',
    // Half the SQLite count: with ~60 operations a third left about 16 tries each, too few for the reach check.
    Math.ceil(sqliteCount / 2),
    () => {
      const schema = `doorway_fuzz_${randomBytes(6).toString('hex')}`;
      schemas.push(schema);
      return openPostgresStorage(url, { schema });
    },
  ]);

describe.each(databases)('fuzz: every route of the OpenAPI document on %s', (_name, count, open) => {
  it(`${count} seeded requests over every documented operation: no 5xx, errors are JSON (seed ${baseSeed})`, async () => {
    const storage = open();
    const world = await fuzzWorld(storage);
    const doc = (await (await world.app.request('/api/openapi.json')).json()) as Doc;
    const ops = operations(doc);
    expect(ops.length).toBeGreaterThan(20);
    const reached = new Map<string, { hits: number; ok: number }>();
    // Every JSON answer whose status the route declares is parsed with the declared zod schema.
    const conforms = (op: Operation, status: number, json: unknown, request: string) => {
      const schema = world.app.responseSchema(op.method, op.path, status);
      if (!schema) return;
      const parsed = schema.safeParse(json);
      expect(
        parsed.success,
        `${request}\n${status} does not match its schema: ${parsed.error?.message}`,
      ).toBe(true);
    };

    for (let i = 0; i < count; i++) {
      if (i % 150 === 0) await world.refresh();
      const rand = seededRandom(hashString(`${baseSeed}|route|${i}`));
      // Round-robin over operations (each is reached), the rest of the request seeded.
      const op = ops[i % ops.length] as Operation;
      let path = fillPath(op.path, world.known, rand);
      if (rand() < 0.25) {
        const names = [...op.query, 'confirm', 'format', 'erase', 'stepId', 'keepRecords'];
        const value = pick(rand, ['true', 'false', 'csv', '', '%00', ...(world.known.stepId ?? [])]);
        path += `?${pick(rand, names)}=${value}`;
      }
      const method = rand() < 0.05 ? pick(rand, ['PUT', 'PATCH', 'OPTIONS', 'HEAD', 'DELETE']) : op.method;
      const headers: Record<string, string> = {};
      if (rand() < 0.9)
        headers['content-type'] = pick(rand, ['application/json', 'application/json; charset=utf-8']);
      else headers['content-type'] = pick(rand, ['text/plain', 'multipart/form-data; boundary=x']);
      const caller = pick(rand, ['admin', 'admin', 'admin', 'run', 'stranger', 'nobody']);
      if (caller === 'admin') headers.cookie = world.adminCookie();
      if (caller === 'run' && world.runTokens.length)
        headers.authorization = `Bearer ${pick(rand, world.runTokens)}`;
      // Mostly a run's holder calls that run's own routes (else they meet only `run_not_found`).
      if (caller === 'run' && op.path.startsWith('/api/runs/{id}') && world.runs.length && rand() < 0.8) {
        const run = pick(rand, world.runs);
        path = path.replace(/^\/api\/runs\/[^/?]+/, `/api/runs/${run.id}`);
        headers.authorization = `Bearer ${run.token}`;
      }
      if (caller === 'stranger') headers.cookie = `doorway_session=${'A'.repeat(43)}`;
      if (rand() < 0.1) headers.origin = pick(rand, ['https://evil.example', 'null']);
      const body = method === 'GET' || method === 'HEAD' ? undefined : payload(doc, op, rand, world.known);
      const describeRequest = `seed ${baseSeed} request ${i}: ${method} ${path} as ${caller} ${body?.slice(0, 160)}`;

      let res: Response;
      try {
        res = await world.app.request(path, { method, headers, ...(body === undefined ? {} : { body }) });
      } catch (err) {
        throw new Error(`${describeRequest}\nthrew: ${String(err)}`);
      }
      const key = `${op.method} ${op.path}`;
      const seen = reached.get(key) ?? { hits: 0, ok: 0 };
      seen.hits++;
      if (res.ok) seen.ok++;
      reached.set(key, seen);
      expect(res.status, describeRequest).toBeLessThan(500);
      const type = res.headers.get('content-type') ?? '';
      if (type.includes('text/event-stream') || method === 'HEAD') {
        await res.body?.cancel();
        continue;
      }
      if (res.status >= 400) {
        expect(type, describeRequest).toContain('application/json');
        const json = (await res.json()) as { error?: { code?: unknown; message?: unknown } };
        expect(typeof json.error?.code, describeRequest).toBe('string');
        expect(typeof json.error?.message, describeRequest).toBe('string');
        conforms({ ...op, method }, res.status, json, describeRequest);
      } else if (type.includes('json')) {
        const json = await res.json();
        conforms({ ...op, method }, res.status, json, describeRequest);
        world.learn(json);
      } else await res.arrayBuffer();
    }

    // Reach: every documented operation was called, and the mix got past validation into real work
    // for a good share of them (a fuzzer that only ever meets 400s proves little).
    for (const op of ops)
      expect(reached.get(`${op.method} ${op.path}`)?.hits ?? 0, `${op.method} ${op.path}`).toBeGreaterThan(0);
    const succeeded = ops.filter((op) => (reached.get(`${op.method} ${op.path}`)?.ok ?? 0) > 0).length;
    const never = ops
      .filter((op) => !reached.get(`${op.method} ${op.path}`)?.ok)
      .map((op) => `${op.method} ${op.path}`);
    expect(succeeded / ops.length, `never succeeded: ${never.join(', ')}`).toBeGreaterThan(0.6);
    await storage.close();
  }, 300_000);
});
