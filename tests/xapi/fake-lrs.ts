import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

/** A stored statement as the fake LRS keeps it. */
// biome-ignore lint/suspicious/noExplicitAny: statements are checked by assertions in the tests
export type StoredStatement = Record<string, any>;

/**
 * A small real xAPI LRS over HTTP on 127.0.0.1 (no open-source LRS installs here): POST /statements takes a
 * statement or an array, checks the version header, Basic auth and the few statement rules Doorway relies on,
 * and keeps one statement per id, as a real LRS does (a resent id is acknowledged, not stored twice).
 * `mode` makes it misbehave: `down` answers 503 to everything; `stall` stores nothing and never answers;
 * `stall-after-store` stores the batch, then never answers (the acknowledgement is lost).
 *
 * @example
 * const lrs = await startFakeLrs({ key: 'k', secret: 's' });
 * lrs.mode = 'down';
 */
export async function startFakeLrs(auth: { key: string; secret: string }) {
  const statements = new Map<string, StoredStatement>();
  const problems: string[] = [];
  const stalled = new Set<ServerResponse>();
  const state = {
    mode: 'up' as 'up' | 'down' | 'stall' | 'stall-after-store',
    /** Every statement received in a batch the LRS accepted, duplicates included. */
    received: 0,
    /** Requests that came in while stalling. */
    stalls: 0,
  };
  const expectedAuth = `Basic ${Buffer.from(`${auth.key}:${auth.secret}`).toString('base64')}`;

  const read = (req: IncomingMessage) =>
    new Promise<string>((ok, fail) => {
      let body = '';
      req.on('data', (d) => {
        body += String(d);
      });
      req.on('end', () => ok(body));
      req.on('error', fail);
    });

  const check = (s: StoredStatement): string | undefined => {
    if (
      typeof s.id !== 'string' ||
      !/^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(s.id)
    )
      return 'id must be a UUID';
    const a = s.actor;
    if (!a?.account?.homePage || !a.account.name) return 'actor must be an account';
    if (a.mbox || a.mbox_sha1sum || a.openid || a.name) return 'actor must not identify the person';
    if (typeof s.verb?.id !== 'string' || !s.verb.id.startsWith('http')) return 'verb id must be an IRI';
    if (typeof s.object?.id !== 'string' || !s.object.id.startsWith('http'))
      return 'object id must be an IRI';
    if (typeof s.timestamp !== 'string' || Number.isNaN(Date.parse(s.timestamp))) return 'timestamp';
    return undefined;
  };

  const server = createServer(async (req, res): Promise<void> => {
    const body = await read(req);
    const refuse = (status: number, why = '') => {
      res.writeHead(status).end(why);
    };
    if (state.mode === 'down') return refuse(503);
    if (req.method !== 'POST' || !req.url?.endsWith('/statements')) return refuse(404);
    if (req.headers.authorization !== expectedAuth) return refuse(401);
    if (req.headers['x-experience-api-version'] !== '1.0.3') return refuse(400, 'version');
    if (state.mode === 'stall') {
      state.stalls += 1;
      stalled.add(res);
      return;
    }
    let batch: StoredStatement[];
    try {
      const parsed = JSON.parse(body) as StoredStatement | StoredStatement[];
      batch = Array.isArray(parsed) ? parsed : [parsed];
    } catch {
      return refuse(400, 'json');
    }
    for (const s of batch) {
      const problem = check(s);
      if (problem) {
        problems.push(`${s.id}: ${problem}`);
        return refuse(400, problem);
      }
    }
    state.received += batch.length;
    for (const s of batch) if (!statements.has(s.id)) statements.set(s.id, s);
    if (state.mode === 'stall-after-store') {
      state.stalls += 1;
      stalled.add(res);
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(batch.map((s) => s.id)));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return Object.assign(state, {
    endpoint: `http://127.0.0.1:${port}/xapi`,
    statements,
    problems,
    /** Drops stalled requests (their senders see a reset connection). */
    releaseStalled() {
      for (const r of stalled) r.destroy();
      stalled.clear();
    },
    close: () =>
      new Promise<void>((ok) => {
        for (const r of stalled) r.destroy();
        server.closeAllConnections();
        server.close(() => ok());
      }),
  });
}

export type FakeLrs = Awaited<ReturnType<typeof startFakeLrs>>;
