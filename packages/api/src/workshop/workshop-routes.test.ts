import { describe, expect, it } from 'vitest';
import { createUser } from '../auth/users';
import { jsonInit, type TestApp, testApp } from '../testing/test-app';
import { purgeExpiredRooms, ROOM_RETENTION_DAYS } from './room-retention';

/** A browser-like client for app.request: keeps cookies, sends JSON. */
function client(app: TestApp) {
  const jar = new Map<string, string>();
  const send = async (method: string, path: string, body?: unknown) => {
    const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    const init =
      body === undefined ? { method, headers: {} as Record<string, string> } : jsonInit(method, body);
    (init.headers as Record<string, string>).cookie = cookie;
    const res = await app.request(path, init);
    for (const header of res.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const [name, ...value] = (pair ?? '').split('=');
      if (name) {
        if (/max-age=0/i.test(header)) jar.delete(name);
        else jar.set(name, value.join('='));
      }
    }
    return res;
  };
  return { send, jar };
}

async function facilitatorAndRoom() {
  const t = await testApp({
    workshopLimits: { login: { max: 100, windowMs: 60_000 }, join: { max: 100, windowMs: 60_000 } },
  });
  const ana = client(t.app);
  const setup = await ana.send('POST', '/api/auth/setup', {
    email: 'Ana@Example.org',
    name: 'Ana',
    password: 'a long pass phrase',
  });
  expect(setup.status).toBe(201);
  const created = await ana.send('POST', '/api/rooms', { scenarioId: 'tiny' });
  expect(created.status).toBe(201);
  const body = await created.json();
  return { ...t, ana, room: body.room, joinUrl: body.joinUrl as string, qrSvg: body.qrSvg as string };
}

async function join(app: TestApp, code: string, nickname?: string) {
  const p = client(app);
  const res = await p.send('POST', '/api/join', { code, ...(nickname ? { nickname } : {}) });
  expect(res.status).toBe(201);
  return { p, roomId: (await res.json()).roomId as string };
}

describe('accounts', () => {
  it('offers set-up only while no account exists, then signs in and out', async () => {
    const t = await testApp();
    const a = client(t.app);
    expect((await (await a.send('GET', '/api/auth/status')).json()).setupNeeded).toBe(true);
    const weak = await a.send('POST', '/api/auth/setup', { email: 'a@b.org', name: 'A', password: 'short' });
    expect(weak.status).toBe(400);
    expect((await weak.json()).error.code).toBe('weak_password');
    expect(
      (
        await a.send('POST', '/api/auth/setup', {
          email: 'a@b.org',
          name: 'A',
          password: 'a long pass phrase',
        })
      ).status,
    ).toBe(201);
    const again = await client(t.app).send('POST', '/api/auth/setup', {
      email: 'c@d.org',
      name: 'C',
      password: 'a long pass phrase',
    });
    expect(again.status).toBe(409);
    expect((await again.json()).error.code).toBe('setup_done');

    const b = client(t.app);
    const wrong = await b.send('POST', '/api/auth/login', { email: 'a@b.org', password: 'not the password' });
    expect(wrong.status).toBe(401);
    expect((await wrong.json()).error.code).toBe('bad_credentials');
    expect(
      (await b.send('POST', '/api/auth/login', { email: 'A@B.org', password: 'a long pass phrase' })).status,
    ).toBe(200);
    const session = b.jar.get('doorway_session');
    expect(session).toBeTruthy();
    expect((await (await b.send('GET', '/api/auth/status')).json()).user.email).toBe('a@b.org');
    await b.send('POST', '/api/auth/logout', {});
    // The old cookie no longer works: the session ended on the server.
    const replay = await t.app.request('/api/rooms', { headers: { cookie: `doorway_session=${session}` } });
    expect(replay.status).toBe(401);
  });

  it('stores argon2id hashes, never the password', async () => {
    const t = await testApp();
    await client(t.app).send('POST', '/api/auth/setup', {
      email: 'a@b.org',
      name: 'A',
      password: 'a long pass phrase',
    });
    const row = await t.storage.db.selectFrom('users').select('password_hash').executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.password_hash).not.toContain('a long pass phrase');
  });

  it('rate-limits sign-in attempts per address with Retry-After', async () => {
    const t = await testApp({ workshopLimits: { login: { max: 2, windowMs: 60_000 } } });
    const a = client(t.app);
    for (let i = 0; i < 2; i++)
      await a.send('POST', '/api/auth/login', { email: 'x@y.org', password: 'whatever' });
    const res = await a.send('POST', '/api/auth/login', { email: 'x@y.org', password: 'whatever' });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
  });
});

describe('workshop rooms', () => {
  it('opens a room with a six-character code, a join link and a QR code', async () => {
    const { room, joinUrl, qrSvg } = await facilitatorAndRoom();
    expect(room.code).toMatch(/^[ACDEFGHJKMNPQRTUVWXY34679]{6}$/);
    expect(joinUrl).toMatch(new RegExp(`/join/${room.code}$`));
    expect(qrSvg).toContain('<svg');
    expect(room.phase).toBe('lobby');
  });

  it('plays a decision: votes are counted but not attributed, the spread is revealed, the commit moves on', async () => {
    const { app, ana, room } = await facilitatorAndRoom();
    const bea = await join(app, room.code, 'Bea');
    const second = await join(app, room.code);
    const third = await join(app, room.code);
    const vote = (who: typeof bea, choiceId: string) =>
      who.p.send('POST', `/api/rooms/${room.id}/votes`, { choiceId });
    const cmd = (body: object) => ana.send('POST', `/api/rooms/${room.id}/commands`, body);
    expect((await cmd({ type: 'start' })).status).toBe(200);

    const early = await vote(bea, 'ask');
    expect(early.status).toBe(409);
    expect((await early.json()).error.code).toBe('vote_closed');

    expect((await cmd({ type: 'open-vote' })).status).toBe(200);
    await vote(bea, 'push');
    await vote(bea, 'ask'); // changed their mind
    await vote(second, 'ask');
    const last = await vote(third, 'wait');
    expect((await last.json()).room.you).toEqual({ nickname: 'Participant 3', vote: 'wait' });

    const presenter = await (await ana.send('GET', `/api/rooms/${room.id}`)).json();
    expect(presenter.room.votes).toEqual({ cast: 3 });
    expect(JSON.stringify(presenter)).not.toContain('Bea');

    expect((await cmd({ type: 'close-vote' })).status).toBe(200);
    expect((await vote(second, 'push')).status).toBe(409);

    const revealed = await (await cmd({ type: 'reveal' })).json();
    // The spread and the feedback follow the order every screen of the room shows (the room's seed).
    const shown = presenter.room.choices.map((c: { id: string }) => c.id);
    expect([...shown].sort()).toEqual(['ask', 'push', 'wait']);
    const onPhone = (await (await bea.p.send('GET', `/api/rooms/${room.id}/me`)).json()).room.choices;
    expect(onPhone.map((c: { id: string }) => c.id)).toEqual(shown);
    const texts: Record<string, string> = {
      ask: 'Would you like to talk somewhere private?',
      push: 'Tell me everything now.',
      wait: 'Wait quietly.',
    };
    const counts: Record<string, number> = { ask: 2, push: 0, wait: 1 };
    expect(revealed.room.votes.spread).toEqual(
      shown.map((id: string) => ({ choiceId: id, text: texts[id], count: counts[id] })),
    );
    const withFeedback = await (await cmd({ type: 'show-feedback' })).json();
    const verdicts: Record<string, string> = { ask: 'best', push: 'harmful', wait: 'acceptable' };
    expect(withFeedback.room.feedback.map((f: { verdict: string }) => f.verdict)).toEqual(
      shown.map((id: string) => verdicts[id]),
    );

    const committed = await (await cmd({ type: 'commit', choiceId: 'ask' })).json();
    expect(committed.room.phase).toBe('presenting');
    expect(committed.room.beat.id).toBe('close');
    expect(committed.room.round).toBe(1);
  });

  it('hides the spread when fewer than three voted', async () => {
    const { app, ana, room } = await facilitatorAndRoom();
    const one = await join(app, room.code);
    for (const type of ['start', 'open-vote'])
      await ana.send('POST', `/api/rooms/${room.id}/commands`, { type });
    await one.p.send('POST', `/api/rooms/${room.id}/votes`, { choiceId: 'ask' });
    await ana.send('POST', `/api/rooms/${room.id}/commands`, { type: 'close-vote' });
    const revealed = await (
      await ana.send('POST', `/api/rooms/${room.id}/commands`, { type: 'reveal' })
    ).json();
    expect(revealed.room.votes).toEqual({ cast: 1, hidden: 'too-few' });
  });

  it('refuses illegal commands with 409 and a code', async () => {
    const { ana, room } = await facilitatorAndRoom();
    const reveal = await ana.send('POST', `/api/rooms/${room.id}/commands`, { type: 'reveal' });
    expect(reveal.status).toBe(409);
    expect((await reveal.json()).error).toMatchObject({ code: 'illegal_command', phase: 'lobby' });
    await ana.send('POST', `/api/rooms/${room.id}/commands`, { type: 'start' });
    const skip = await ana.send('POST', `/api/rooms/${room.id}/commands`, { type: 'skip' });
    expect(skip.status).toBe(409);
    expect((await skip.json()).error.code).toBe('skip_not_allowed');
    await ana.send('POST', `/api/rooms/${room.id}/commands`, { type: 'open-vote' });
    await ana.send('POST', `/api/rooms/${room.id}/commands`, { type: 'close-vote' });
    const bad = await ana.send('POST', `/api/rooms/${room.id}/commands`, {
      type: 'commit',
      choiceId: 'nope',
    });
    expect(bad.status).toBe(409);
    expect((await bad.json()).error.code).toBe('choice_not_available');
    const unknown = await ana.send('POST', `/api/rooms/${room.id}/commands`, { type: 'dance' });
    expect(unknown.status).toBe(400);
  });

  it('pauses and resumes where it was, re-votes in a new round, and ends', async () => {
    const { ana, room } = await facilitatorAndRoom();
    const cmd = async (body: object) =>
      (await ana.send('POST', `/api/rooms/${room.id}/commands`, body)).json();
    for (const type of ['start', 'open-vote', 'close-vote']) await cmd({ type });
    expect((await cmd({ type: 'pause' })).room.phase).toBe('paused');
    expect((await cmd({ type: 'resume' })).room.phase).toBe('closed');
    const revote = await cmd({ type: 'revote' });
    expect(revote.room).toMatchObject({ phase: 'voting', round: 2 });
    expect((await cmd({ type: 'end' })).room.phase).toBe('ended');
  });

  it('lets only its facilitator command it; other facilitators, participants and strangers are refused', async () => {
    const { app, storage, ana, room } = await facilitatorAndRoom();
    const created = await createUser(
      storage.db,
      { id: 'other-facilitator', email: 'bo@example.org', name: 'Bo', password: 'another long phrase' },
      new Date(),
    );
    expect(created.ok).toBe(true);
    const bo = client(app);
    expect(
      (await bo.send('POST', '/api/auth/login', { email: 'bo@example.org', password: 'another long phrase' }))
        .status,
    ).toBe(200);
    const participant = await join(app, room.code);
    const attempts = [
      { who: bo, status: 403, code: 'not_your_room' },
      { who: participant.p, status: 401, code: 'sign_in_required' },
      { who: client(app), status: 401, code: 'sign_in_required' },
    ];
    for (const { who, status, code } of attempts) {
      const res = await who.send('POST', `/api/rooms/${room.id}/commands`, { type: 'start' });
      expect(res.status).toBe(status);
      expect((await res.json()).error.code).toBe(code);
      expect((await who.send('GET', `/api/rooms/${room.id}/debrief`)).status).toBe(status);
    }
    // A stranger cannot read the participant view or vote either.
    expect((await client(app).send('GET', `/api/rooms/${room.id}/me`)).status).toBe(403);
    // And the room is untouched.
    expect((await (await ana.send('GET', `/api/rooms/${room.id}`)).json()).room.phase).toBe('lobby');
  });

  it('rejects a cookie-authenticated command from another site', async () => {
    const { app, ana, room } = await facilitatorAndRoom();
    const cookie = [...ana.jar].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await app.request(
      `/api/rooms/${room.id}/commands`,
      jsonInit('POST', { type: 'start' }, { cookie, origin: 'https://evil.example' }),
    );
    expect(res.status).toBe(403);
    expect((await res.json()).error.code).toBe('bad_origin');
  });

  it('rate-limits joining so codes cannot be brute-forced', async () => {
    const t = await testApp({ workshopLimits: { join: { max: 3, windowMs: 60_000 } } });
    const guesser = client(t.app);
    const codes = ['AAAAAA', 'CCCCCC', 'DDDDDD', 'EEEEEE'];
    const statuses = [];
    for (const code of codes) statuses.push((await guesser.send('POST', '/api/join', { code })).status);
    expect(statuses).toEqual([404, 404, 404, 429]);
  });

  it('plays to the end and gives a room debrief with the spread, the best alternative, and a CSV', async () => {
    const { app, ana, room } = await facilitatorAndRoom();
    const people = [await join(app, room.code), await join(app, room.code), await join(app, room.code)];
    const cmd = (body: object) => ana.send('POST', `/api/rooms/${room.id}/commands`, body);
    await cmd({ type: 'start' });
    await cmd({ type: 'open-vote' });
    for (const [i, person] of people.entries())
      await person.p.send('POST', `/api/rooms/${room.id}/votes`, { choiceId: i === 0 ? 'push' : 'ask' });
    await cmd({ type: 'close-vote' });
    await cmd({ type: 'commit', choiceId: 'push' }); // the facilitator may take the minority option
    await cmd({ type: 'open-vote' });
    await cmd({ type: 'close-vote' });
    const last = await (await cmd({ type: 'commit', choiceId: 'offer' })).json();
    expect(last.room.phase).toBe('finished');
    expect(last.room.ended).toBe(true);

    const debrief = await (await ana.send('GET', `/api/rooms/${room.id}/debrief`)).json();
    expect(debrief.ending.id).toBe('door-open');
    expect(debrief.decisions).toHaveLength(2);
    expect(debrief.decisions[0]).toMatchObject({
      chosen: { id: 'push' },
      verdict: 'harmful',
      votes: 3,
      best: { id: 'ask' },
    });
    expect(debrief.decisions[0].spread).toEqual(
      expect.arrayContaining([
        { choiceId: 'ask', text: 'Would you like to talk somewhere private?', count: 2 },
        { choiceId: 'push', text: 'Tell me everything now.', count: 1 },
      ]),
    );
    expect(debrief.competencies.map((c: { id: string }) => c.id).sort()).toEqual(['choice', 'safety']);

    const csv = await ana.send('GET', `/api/rooms/${room.id}/debrief.csv`);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('"Tell me everything now."');
    expect(lines[1]).toContain('Would you like to talk somewhere private?: 2');
  });

  it('can be deleted by its facilitator, with its votes', async () => {
    const { app, ana, room } = await facilitatorAndRoom();
    const one = await join(app, room.code);
    expect((await ana.send('DELETE', `/api/rooms/${room.id}`)).status).toBe(200);
    expect((await ana.send('GET', `/api/rooms/${room.id}`)).status).toBe(404);
    expect((await one.p.send('GET', `/api/rooms/${room.id}/me`)).status).toBe(403);
  });

  it('deletes rooms after the retention period, and not before', async () => {
    const { storage, ana, room } = await facilitatorAndRoom();
    const created = new Date('2026-01-02T03:04:05Z').getTime(); // testApp's clock
    const day = 86_400_000;
    expect(await purgeExpiredRooms(storage, new Date(created + (ROOM_RETENTION_DAYS - 1) * day))).toBe(0);
    expect((await ana.send('GET', `/api/rooms/${room.id}`)).status).toBe(200);
    expect(await purgeExpiredRooms(storage, new Date(created + (ROOM_RETENTION_DAYS + 1) * day))).toBe(1);
    expect((await ana.send('GET', `/api/rooms/${room.id}`)).status).toBe(404);
  });

  it('answers a wrong method with 405 and Allow, and documents every workshop route in OpenAPI', async () => {
    const { app } = await testApp();
    const res = await app.request('/api/rooms/abcdefghij/commands', { method: 'PUT' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toContain('POST');
    expect((await res.json()).error.code).toBeTruthy();
    const doc = await (await app.request('/api/openapi.json')).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/rooms',
        '/api/rooms/{id}/commands',
        '/api/join',
        '/api/rooms/{id}/events',
        '/api/auth/login',
      ]),
    );
    expect(doc.paths['/api/rooms/{id}'].delete.security).toEqual([{ facilitatorSession: [] }]);
  });

  it('streams the current snapshot first over SSE, with the version as the event id', async () => {
    const { app, ana, room } = await facilitatorAndRoom();
    const participant = await join(app, room.code);
    const cookie = [...participant.p.jar].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await app.request(`/api/rooms/${room.id}/events`, {
      headers: { cookie, 'last-event-id': '1' },
    });
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let text = '';
    while (!text.includes('\n\n')) text += decoder.decode((await reader.read()).value);
    expect(text).toMatch(/^event: room\n/);
    expect(text).toMatch(/\nid: \d+\n/);
    const data = JSON.parse(/data: (.*)\n/.exec(text)?.[1] ?? '{}');
    expect(data).toMatchObject({
      id: room.id,
      phase: 'lobby',
      participants: 1,
      you: { nickname: 'Participant 1' },
    });
    // A change is pushed to the open stream.
    await ana.send('POST', `/api/rooms/${room.id}/commands`, { type: 'start' });
    text = '';
    while (!text.includes('"phase":"presenting"')) text += decoder.decode((await reader.read()).value);
    // Deleting the room tells the open stream it is gone.
    await ana.send('DELETE', `/api/rooms/${room.id}`);
    text = '';
    while (!text.includes('event: gone')) text += decoder.decode((await reader.read()).value);
    await reader.cancel();
  });
});
