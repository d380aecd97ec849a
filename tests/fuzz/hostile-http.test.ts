import { connect } from 'node:net';
import { hashString, seededRandom } from '@doorway/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../support/server';

// Raw HTTP over a socket to the real server process: requests no fetch client would send (unnormalised
// dot segments, broken percent-encoding, absolute-form targets, odd methods, lying Content-Length).
// No 5xx, and every /api error is JSON. Rerun one seed with FUZZ_SEED=<seed>.

const COUNT = 400;
const baseSeed = Number(process.env.FUZZ_SEED ?? 7_2026);

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ env: { RATE_LIMIT_RUNS_PER_MINUTE: '0' } });
});
afterAll(async () => {
  await server?.stop();
});

function raw(port: number, request: string): Promise<string> {
  return new Promise((ok, fail) => {
    const socket = connect(port, '127.0.0.1');
    let data = '';
    socket.setTimeout(10_000, () => socket.destroy(new Error('timed out')));
    socket.on('data', (d) => {
      data += String(d);
    });
    socket.on('end', () => ok(data));
    socket.on('close', () => ok(data));
    socket.on('error', (err) => (data ? ok(data) : fail(err)));
    socket.end(request);
  });
}

const pick = <T>(rand: () => number, items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;

describe('fuzz: raw HTTP to the real server', () => {
  it(`${COUNT} seeded raw requests: no 5xx, JSON errors under /api (seed ${baseSeed})`, async () => {
    const created = await fetch(`${server.url}/api/runs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ scenarioId: 'first-contact', mode: 'coach' }),
    });
    const run = (await created.json()) as { run: { id: string }; runToken: string };
    const statuses = new Map<number, number>();
    for (let i = 0; i < COUNT; i++) {
      const rand = seededRandom(hashString(`${baseSeed}|${i}`));
      const method = pick(rand, ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD', 'TRACE', 'FOO']);
      const target = pick(rand, [
        `/api/runs/${run.run.id}`,
        `/api/runs/${run.run.id}/choices`,
        `/api/runs/${run.run.id}/../${run.run.id}/debrief`,
        '/api/runs/%zz',
        '/api/runs/%',
        '/api/scenarios/%E0%A4%A',
        '/api/scenarios/..%2f..%2fpackage.json',
        '/api/./health',
        '/api/runs/./../runs',
        '/api/docs/assets/..%2f..%2fpackage.json',
        '/api/docs/assets/%2e%2e%2fswagger-ui.css',
        'http://evil.example/api/health',
        '/api/health?x=%zz&y',
        `/api/runs/${'A'.repeat(3000)}`,
      ]);
      const body = pick(rand, [
        '',
        '{"beatId":"x","choiceId":"y","requestId":"z"}',
        '{"scenarioId":"first-contact","mode":"coach"}',
        '{"toDecision":-1}',
        '{"a":',
        'x'.repeat(70_000),
      ]);
      const lyingLength = rand() < 0.1;
      const headers = [
        `${method} ${target} HTTP/1.1`,
        'Host: 127.0.0.1',
        'Connection: close',
        pick(rand, [
          'Content-Type: application/json',
          'Content-Type: text/plain',
          'Content-Type: application/json; charset=latin1',
        ]),
        pick(rand, [
          `Authorization: Bearer ${run.runToken}`,
          'Authorization: Bearer x',
          'Authorization: Basic Zm9vOmJhcg==',
          'Cookie: doorway_run_x=y',
        ]),
        ...(rand() < 0.3 ? ['Origin: https://evil.example'] : []),
        `Content-Length: ${lyingLength ? body.length + 10 : body.length}`,
      ];
      const request = `${headers.join('\r\n')}\r\n\r\n${lyingLength ? body : body}`;
      const what = `seed ${baseSeed} request ${i}: ${method} ${target.slice(0, 100)} body ${body.slice(0, 60)}`;
      const response = await raw(server.port, request).catch((err) => `error ${String(err)}`);
      if (lyingLength && response === '') continue; // the server waited for bytes that never came, then closed
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(response)?.[1] ?? 0);
      expect(status, `${what}\n${response.slice(0, 300)}`).toBeGreaterThan(0);
      expect(status, `${what}\n${response.slice(0, 300)}`).toBeLessThan(500);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      const [head = '', ...rest] = response.split('\r\n\r\n');
      const path = target.replace(/^http:\/\/[^/]+/, '');
      if (status >= 400 && path.startsWith('/api/') && method !== 'HEAD') {
        expect(head.toLowerCase(), what).toContain('content-type: application/json');
        const json = JSON.parse(rest.join('\r\n\r\n').trim() || '{}') as {
          error?: { code?: unknown; message?: unknown };
        };
        expect(typeof json.error?.code, what).toBe('string');
        expect(typeof json.error?.message, what).toBe('string');
      }
    }
    expect(statuses.size).toBeGreaterThan(3);
  }, 180_000);
});
