import { randomBytes } from 'node:crypto';
import { dropPostgresSchema, openPostgresStorage, openSqliteStorage, type Storage } from '@doorway/api';
import { testApp } from '@doorway/api/testing';
import { hashString, seededRandom } from '@doorway/engine';
import { afterAll, describe, expect, it } from 'vitest';
import { postgresForTests } from '../support/postgres';

// 2,400 seeded malformed or hostile requests against the real app (real SQLite, real routes):
// none may get a 5xx, and every error must be JSON `{ error: { code, message } }`.
// On failure the seed and the request are printed; rerun one with FUZZ_SEED=<seed>.

const COUNT = Number(process.env.FUZZ_COUNT ?? 2400);
const baseSeed = Number(process.env.FUZZ_SEED ?? 20261122);

type Rand = () => number;
const pick = <T>(rand: Rand, items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;

const methods = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD', 'POST', 'POST', 'GET'] as const;

function junkString(rand: Rand): string {
  return pick(rand, [
    '',
    ' ',
    '..',
    '%2e%2e',
    '..%2f..%2fetc%2fpasswd',
    '%00',
    '\u0000',
    'a\u0000b',
    '\u001b[31m',
    '\u202e',
    'ÿ',
    '😀',
    'a'.repeat(5000),
    "' or 1=1 --",
    '<script>alert(1)</script>',
    '$' + '{jndi:ldap://x}',
    'AAAAAAAAAAAAAAAA',
    'greet',
    'ask',
    '__proto__',
    'constructor',
  ]);
}

function junkValue(rand: Rand, depth = 0): unknown {
  const kind = Math.floor(rand() * (depth > 2 ? 7 : 9));
  switch (kind) {
    case 0:
      return null;
    case 1:
      return rand() < 0.5;
    case 2:
      return pick(rand, [0, -1, 1e308, -0, 2 ** 53 + 1, 0.5, 1e-9, 99999999999]);
    case 3:
    case 4:
      return junkString(rand);
    case 5:
      return [];
    case 6:
      return {};
    case 7:
      return Array.from({ length: Math.floor(rand() * 4) }, () => junkValue(rand, depth + 1));
    default:
      return Object.fromEntries(
        Array.from({ length: Math.floor(rand() * 4) }, () => [junkString(rand), junkValue(rand, depth + 1)]),
      );
  }
}

function body(rand: Rand, own: { beatId: string }): string | undefined {
  switch (Math.floor(rand() * 12)) {
    case 0:
      return undefined;
    case 1:
      return '{"scenarioId": ';
    case 2:
      return '['.repeat(20_000);
    case 3:
      return JSON.stringify({ scenarioId: 'tiny', mode: 'coach', pad: 'x'.repeat(80_000) });
    case 4:
      return JSON.stringify({ __proto__: { admin: true }, constructor: { prototype: { x: 1 } } });
    case 5:
      return JSON.stringify({ scenarioId: junkValue(rand), mode: junkValue(rand) });
    case 6:
      return JSON.stringify({ beatId: own.beatId, choiceId: junkValue(rand), requestId: junkValue(rand) });
    case 7:
      return JSON.stringify({ toDecision: junkValue(rand) });
    case 8:
      return JSON.stringify(junkValue(rand));
    case 9:
      return JSON.stringify({
        beatId: own.beatId,
        choiceId: pick(rand, ['ask', 'push', 'wait', 'offer']),
        requestId: `r${Math.floor(rand() * 20)}`,
      });
    case 10:
      return '\u0000\u0001\u0002';
    default:
      return JSON.stringify({
        scenarioId: pick(rand, ['tiny', 'nope', '../tiny']),
        mode: pick(rand, ['coach', 'practice', 'assessment', 'exam']),
      });
  }
}

// PostgreSQL rejects what SQLite stores (a NUL byte in text, for one): fuzz both when PostgreSQL is there.
// DATABASE_URL, else the local server if it answers; in CI a missing server fails the run.
const url = (await postgresForTests()) ?? '';
const schemas: string[] = [];
afterAll(async () => {
  for (const schema of schemas) await dropPostgresSchema(url, schema);
});
const databases: [string, number, () => Storage][] = [['SQLite', COUNT, () => openSqliteStorage(':memory:')]];
if (url)
  databases.push([
    'PostgreSQL',
    Math.ceil(COUNT / 3),
    () => {
      const schema = `doorway_fuzz_${randomBytes(6).toString('hex')}`;
      schemas.push(schema);
      return openPostgresStorage(url, { schema });
    },
  ]);

describe.each(databases)('fuzz: hostile requests on %s', (_name, count, open) => {
  it(`${count} seeded requests: no 5xx, every error is JSON with a code and a message (seed ${baseSeed})`, async () => {
    const storage = open();
    const { app } = await testApp({ storage, rateLimit: { max: 0, windowMs: 60_000 } });
    const start = async (mode: string) => {
      const res = await app.request('/api/runs', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ scenarioId: 'tiny', mode }),
      });
      const json = await res.json();
      return {
        id: json.run.id as string,
        token: json.runToken as string,
        cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '',
      };
    };
    const mine = await start('coach');
    const theirs = await start('practice');
    const counts = new Map<number, number>();

    for (let i = 0; i < count; i++) {
      const seed = hashString(`${baseSeed}|${i}`);
      const rand = seededRandom(seed);
      const method = pick(rand, methods);
      const id = pick(rand, [
        mine.id,
        mine.id,
        theirs.id,
        'AAAAAAAAAAAAAAAA',
        junkString(rand),
        '..%2f',
        '%2e%2e%2f%2e%2e',
      ]);
      const path = pick(rand, [
        '/api/runs',
        `/api/runs/${id}`,
        `/api/runs/${id}/choices`,
        `/api/runs/${id}/rewind`,
        `/api/runs/${id}/exit`,
        `/api/runs/${id}/debrief`,
        `/api/runs/${id}/choices/..%2f..%2f`,
        `/api/scenarios/${encodeURIComponent(junkString(rand))}`,
        '/api/scenarios',
        '/api/runs/..%2f',
        '/api/runs/%2e%2e/%2e%2e/etc/passwd',
        '/api/%00',
        '/api//runs',
        '/api/runs?mine',
        `/api/docs/assets/${encodeURIComponent(junkString(rand))}`,
        '/api/health/../runs',
        '/nope',
      ]);
      const headers: Record<string, string> = {};
      const contentType = pick(rand, [
        'application/json',
        'application/json; charset=utf-8',
        'text/plain',
        'multipart/form-data; boundary=x',
        undefined,
        'application/vnd.api+json',
      ]);
      if (contentType) headers['content-type'] = contentType;
      const auth = pick(rand, ['own', 'own-cookie', 'theirs', 'garbage', 'bearer-empty', 'none']);
      if (auth === 'own') headers.authorization = `Bearer ${mine.token}`;
      if (auth === 'own-cookie') headers.cookie = mine.cookie;
      if (auth === 'theirs') headers.authorization = `Bearer ${theirs.token}`;
      // Header values must be bytes (HTTP cannot carry more): strip what a client could not send.
      if (auth === 'garbage')
        headers.cookie = `doorway_run_${id}=${junkString(rand)}`.replace(/[^\x20-\x7e]/g, '?');
      if (auth === 'bearer-empty') headers.authorization = 'Bearer';
      if (rand() < 0.3) headers.origin = pick(rand, ['https://evil.example', 'null', 'http://localhost']);
      const payload =
        method === 'GET' || method === 'HEAD'
          ? undefined
          : body(rand, { beatId: pick(rand, ['greet', 'close']) });
      const describeRequest = `seed ${baseSeed} request ${i}: ${method} ${path} ${JSON.stringify(headers)} ${payload?.slice(0, 120)}`;

      let res: Response;
      try {
        res = await app.request(path, {
          method,
          headers,
          ...(payload === undefined ? {} : { body: payload }),
        });
      } catch (err) {
        throw new Error(`${describeRequest}\nthrew: ${String(err)}`);
      }
      counts.set(res.status, (counts.get(res.status) ?? 0) + 1);
      expect(res.status, describeRequest).toBeLessThan(500);
      if (method === 'HEAD') continue;
      const type = res.headers.get('content-type') ?? '';
      if (res.status >= 400) {
        expect(type, describeRequest).toContain('application/json');
        const json = (await res.json()) as { error?: { code?: unknown; message?: unknown } };
        expect(typeof json.error?.code, describeRequest).toBe('string');
        expect(typeof json.error?.message, describeRequest).toBe('string');
      }
    }
    // The mix must actually reach the interesting answers, not only 404s. Some answers are rare (a 409 needs
    // two requests in the right order), so the check needs a run long enough to meet them whatever the seed.
    if (count >= 2000)
      for (const status of [200, 400, 404, 405, 409, 413, 415])
        expect(counts.get(status) ?? 0, `status ${status}`).toBeGreaterThan(0);
    await storage.close();
  }, 180_000);
});
