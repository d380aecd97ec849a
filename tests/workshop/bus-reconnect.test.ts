import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpSession } from '../support/http-session';
import { pgExec, postgresForTests, withSearchPath } from '../support/postgres';
import { type RunningServer, startServer } from '../support/server';
import { type TcpProxy, tcpProxy } from '../support/tcp-proxy';

// Process A reaches PostgreSQL through a proxy this test cuts: every connection of A drops, its room bus
// LISTEN connection too, and for a second none can open. After that, a vote sent to process B must still
// reach the presenter's live stream on A, with no restart of A.
const url = await postgresForTests();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Room = { version: number; votes: { cast: number }; phase: string; choices?: { id: string }[] };

/** Reads SSE `room` events from a stream until `predicate` holds for one; returns it. */
async function nextRoomEvent(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  predicate: (room: Room) => boolean,
): Promise<Room> {
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) throw new Error('the event stream ended');
    buffer += decoder.decode(value, { stream: true });
    let end = buffer.indexOf('\n\n');
    while (end >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const data = /^data: (.*)$/m.exec(block)?.[1];
      if (data && /^event: room$/m.test(block)) {
        const room = JSON.parse(data) as Room;
        if (predicate(room)) return room;
      }
      end = buffer.indexOf('\n\n');
    }
  }
}

/** Sends until the answer is not 503 (A's pool may still be reconnecting right after the cut). */
async function until503Clears(send: () => Promise<Response>): Promise<Response> {
  for (;;) {
    const res = await send();
    if (res.status !== 503) return res;
    await sleep(200);
  }
}

describe.runIf(url)('the workshop room bus after process A loses its database connections', () => {
  const schema = `doorway_busdrop_${randomBytes(5).toString('hex')}`;
  let proxy: TcpProxy;
  let a: RunningServer;
  let b: RunningServer;

  beforeAll(async () => {
    if (!url) return;
    await pgExec(url, `create schema ${schema}`);
    const target = new URL(url);
    proxy = await tcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    const through = new URL(withSearchPath(url, schema));
    through.host = `127.0.0.1:${proxy.port}`;
    a = await startServer({ env: { DATABASE_URL: through.toString(), PG_POOL_WAIT_MS: '1000' } });
    b = await startServer({ env: { DATABASE_URL: withSearchPath(url, schema) } });
  }, 120_000);
  afterAll(async () => {
    await a?.stop();
    await b?.stop();
    await proxy?.close();
    if (url) await pgExec(url, `drop schema if exists ${schema} cascade`);
  });

  it('a vote on B reaches the presenter on A after the drop', async () => {
    const ana = httpSession(a.url);
    const setup = await ana.send('POST', '/api/auth/setup', {
      email: 'ana@example.org',
      name: 'Ana',
      password: 'a long pass phrase',
    });
    expect(setup.status).toBe(201);
    const created = await (
      await ana.send('POST', '/api/rooms', { scenarioId: 'through-an-interpreter' })
    ).json();
    const roomId: string = created.room.id;
    const phone = httpSession(b.url);
    expect((await phone.send('POST', '/api/join', { code: created.room.code, nickname: 'Bea' })).status).toBe(
      201,
    );
    await ana.send('POST', `/api/rooms/${roomId}/commands`, { type: 'start' });
    await ana.send('POST', `/api/rooms/${roomId}/commands`, { type: 'open-vote' });

    // The presenter's live stream is on A.
    const stream = await fetch(`${a.url}/api/rooms/${roomId}/events`, { headers: { cookie: ana.cookie() } });
    expect(stream.headers.get('content-type')).toContain('text/event-stream');
    const reader = (stream.body as ReadableStream<Uint8Array>).getReader();
    const voting = await nextRoomEvent(reader, (r) => r.phase === 'voting');

    proxy.cut();
    await sleep(1000);
    proxy.restore();
    // A answers again (its pool opens fresh connections); its stream stayed open.
    const health = await until503Clears(() => ana.send('GET', `/api/rooms/${roomId}`));
    expect(health.status).toBe(200);

    const choiceId = voting.choices?.map((c) => c.id).sort()[0] ?? '';
    expect(choiceId).not.toBe('');
    const vote = await phone.send('POST', `/api/rooms/${roomId}/votes`, { choiceId });
    expect(vote.status, await vote.clone().text()).toBe(200);
    const seen = await nextRoomEvent(reader, (r) => r.votes.cast === 1);
    expect(seen.phase).toBe('voting');
    await reader.cancel();
    expect(a.output()).toContain('the LISTEN connection dropped');
  }, 120_000);
});
