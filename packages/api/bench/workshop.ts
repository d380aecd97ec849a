import { Agent, type IncomingMessage, request } from 'node:http';
import { pathToFileURL } from 'node:url';
import { startServer } from '../../../tests/support/server';

const CLIENTS = 300;

/** A live SSE connection that records when each room version arrives. */
interface Listener {
  arrivals: Map<number, number>; // decisions count → time received
  response: IncomingMessage;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] as number;
}

function jsonRequest(
  base: string,
  method: string,
  path: string,
  body: unknown,
  headers: Record<string, string>,
) {
  return fetch(`${base}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

function cookieOf(res: Response): string {
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

function listen(url: string, cookie: string, agent: Agent): Promise<Listener> {
  return new Promise((ok, fail) => {
    const req = request(url, { agent, headers: { cookie, accept: 'text/event-stream' } }, (response) => {
      const listener: Listener = { arrivals: new Map(), response };
      let buffer = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        buffer += chunk;
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (data) {
            const room = JSON.parse(data) as { decisions: number };
            if (!listener.arrivals.has(room.decisions))
              listener.arrivals.set(room.decisions, performance.now());
          }
          end = buffer.indexOf('\n\n');
        }
      });
      ok(listener);
    });
    req.on('error', fail);
    req.end();
  });
}

/**
 * 300 participants' phones on SSE; the facilitator commits a choice; how long until the last phone
 * has the update. Real server process, SQLite, loopback. Returns the Markdown section.
 *
 * @example
 * console.log(await runWorkshopBench());
 */
export async function runWorkshopBench(): Promise<string> {
  // Behind TRUST_PROXY each phone presents its own address, as phones in a room do, so the
  // per-address join limit treats them as different people.
  const server = await startServer({ env: { TRUST_PROXY: 'true' } });
  const agent = new Agent({ keepAlive: true, maxSockets: Number.POSITIVE_INFINITY });
  try {
    const base = server.url;
    const setup = await jsonRequest(
      base,
      'POST',
      '/api/auth/setup',
      { email: 'bench@example.org', name: 'Bench', password: 'a long pass phrase' },
      {},
    );
    const facilitator = { cookie: cookieOf(setup) };
    const roomRes = await jsonRequest(
      base,
      'POST',
      '/api/rooms',
      { scenarioId: 'through-an-interpreter' },
      facilitator,
    );
    const room = ((await roomRes.json()) as { room: { id: string; code: string } }).room;

    const cookies: string[] = [];
    for (let i = 0; i < CLIENTS; i++) {
      const joined = await jsonRequest(
        base,
        'POST',
        '/api/join',
        { code: room.code },
        {
          'x-forwarded-for': `10.1.${Math.floor(i / 250)}.${i % 250}`,
        },
      );
      if (joined.status !== 201) throw new Error(`join ${i} failed with ${joined.status}`);
      cookies.push(cookieOf(joined));
    }
    const listeners = await Promise.all(
      cookies.map((cookie) => listen(`${base}/api/rooms/${room.id}/events`, cookie, agent)),
    );

    const command = async (body: object) => {
      const res = await jsonRequest(base, 'POST', `/api/rooms/${room.id}/commands`, body, facilitator);
      if (!res.ok) throw new Error(`${JSON.stringify(body)} failed: ${res.status} ${await res.text()}`);
      return (
        (await res.json()) as {
          room: { ended: boolean; decisions: number; feedback?: { choiceId: string; verdict: string }[] };
        }
      ).room;
    };

    await command({ type: 'start' });
    const lastPhone: number[] = [];
    const everyPhone: number[] = [];
    const commitMs: number[] = [];
    for (let decision = 1; decision <= 20; decision++) {
      await command({ type: 'open-vote' });
      await command({ type: 'close-vote' });
      await command({ type: 'reveal' });
      const withFeedback = await command({ type: 'show-feedback' });
      const best = withFeedback.feedback?.find((f) => f.verdict === 'best') ?? withFeedback.feedback?.[0];
      if (!best) break;
      const sent = performance.now();
      const after = await command({ type: 'commit', choiceId: best.choiceId });
      commitMs.push(performance.now() - sent);
      const deadline = Date.now() + 15_000;
      while (listeners.some((l) => !l.arrivals.has(after.decisions)) && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 2));
      }
      const times = listeners.map(
        (l) => (l.arrivals.get(after.decisions) ?? Number.POSITIVE_INFINITY) - sent,
      );
      everyPhone.push(...times);
      lastPhone.push(Math.max(...times));
      if (after.ended) break;
    }
    for (const l of listeners) l.response.destroy();

    const sortedLast = [...lastPhone].sort((a, b) => a - b);
    const sortedAll = [...everyPhone].sort((a, b) => a - b);
    const sortedCommit = [...commitMs].sort((a, b) => a - b);
    const ms = (v: number) => (Number.isFinite(v) ? `${v.toFixed(1)} ms` : 'not received');
    return [
      '## Workshop',
      '',
      `${CLIENTS} participants on Server-Sent Events (one real server process, SQLite, loopback); the facilitator commits a choice ${lastPhone.length} times (a whole scenario). Measured from sending the commit to each phone receiving the update.`,
      '',
      '| measure | p50 | p99 | max |',
      '| --- | --- | --- | --- |',
      `| commit → last of ${CLIENTS} phones updated | ${ms(percentile(sortedLast, 50))} | ${ms(percentile(sortedLast, 99))} | ${ms(sortedLast.at(-1) ?? Number.NaN)} |`,
      `| the commit request itself (apply, write, notify, answer) | ${ms(percentile(sortedCommit, 50))} | ${ms(percentile(sortedCommit, 99))} | ${ms(sortedCommit.at(-1) ?? Number.NaN)} |`,
      `| commit → each phone updated (${sortedAll.length} deliveries) | ${ms(percentile(sortedAll, 50))} | ${ms(percentile(sortedAll, 99))} | ${ms(sortedAll.at(-1) ?? Number.NaN)} |`,
      '',
      `Aim: p99 under 250 ms for the last phone. ${percentile(sortedLast, 99) < 250 ? 'Met.' : 'Not met.'}`,
      '',
    ].join('\n');
  } finally {
    agent.destroy();
    await server.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(await runWorkshopBench());
}
