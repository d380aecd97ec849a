import {
  fixtureCatalog,
  jsonInit,
  type TestApp,
  testApp,
  fixtureScenario as tiny,
  translatedTable,
} from '@doorway/api/testing';
import type { StringTable } from '@doorway/scenarios';
import { describe, expect, it } from 'vitest';
import { testDatabases } from '../support/databases';

// Workshop rooms in a language (issue 14): the presenter sees the room's language, each phone its own;
// votes are option ids, so the tally counts every phone whatever language it reads.

const SPANISH: Record<string, string> = {
  'meta.title': 'Una conversación breve',
  'beat.greet.title': 'Saludo',
  'beat.greet.line.0': 'Hola.',
  'beat.greet.choice.ask.text': '¿Quiere que hablemos en un lugar privado?',
  'beat.greet.choice.ask.feedback': 'Ofrecer privacidad pone su seguridad primero.',
  'beat.greet.choice.push.text': 'Cuénteme todo ahora.',
  'beat.greet.choice.push.feedback': 'Presionar por detalles daña la confianza.',
};

/** A partial Spanish table of the fixture: `wait` stays English. */
function spanishTable(): StringTable {
  return translatedTable(tiny, 'es', (s) => SPANISH[s.id]);
}

/** The fixture with a Spanish table, and an English-only copy of it (`plain`). */
function catalog() {
  const plain = { ...structuredClone(tiny), id: 'plain' };
  const c = fixtureCatalog([
    { scenario: tiny, contentHash: 'tiny-v1' },
    { scenario: plain, contentHash: 'plain-v1' },
  ]);
  const table = spanishTable();
  return Object.assign(c, { tables: (id: string) => new Map(id === 'tiny' ? [['es', table]] : []) });
}

interface Choice {
  id: string;
  text: string;
}

const databases = await testDatabases('doorway_roomlang');

describe.each(databases)('workshop rooms in a language on %s', (_name, open) => {
  async function facilitator() {
    const t = await testApp({
      storage: open(),
      catalog: catalog(),
      workshopLimits: { login: { max: 100, windowMs: 60_000 }, join: { max: 100, windowMs: 60_000 } },
    });
    const setup = await t.app.request(
      '/api/auth/setup',
      jsonInit('POST', { email: 'ana@example.org', name: 'Ana', password: 'a long pass phrase' }),
    );
    expect(setup.status).toBe(201);
    const cookie = (setup.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';
    const send = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
      t.app.request(
        path,
        body === undefined
          ? { method, headers: { cookie, ...headers } }
          : jsonInit(method, body, { cookie, ...headers }),
      );
    return { ...t, send };
  }

  async function openRoom(
    send: (m: string, p: string, b?: unknown) => ReturnType<TestApp['request']>,
    body: object,
  ) {
    const res = await send('POST', '/api/rooms', body);
    return { res, body: await res.json() };
  }

  async function join(app: TestApp, code: string, lang?: string) {
    const res = await app.request('/api/join', jsonInit('POST', { code, ...(lang ? { lang } : {}) }));
    expect(res.status).toBe(201);
    const body = await res.json();
    const auth = { authorization: `Bearer ${body.participantToken}` };
    return {
      lang: body.lang as string,
      me: async () => (await app.request(`/api/rooms/${body.roomId}/me`, { headers: auth })).json(),
      vote: (choiceId: string) =>
        app.request(`/api/rooms/${body.roomId}/votes`, jsonInit('POST', { choiceId }, auth)),
      setLang: (lang: string) =>
        app.request(`/api/rooms/${body.roomId}/me`, jsonInit('PATCH', { lang }, auth)),
      events: () => app.request(`/api/rooms/${body.roomId}/events`, { headers: auth }),
    };
  }

  it('opens a room in a language the scenario has, and refuses one it has not with a clear 400', async () => {
    const { send, app } = await facilitator();
    const spanish = await openRoom(send, { scenarioId: 'tiny', lang: 'es' });
    expect(spanish.res.status).toBe(201);
    expect(spanish.body.room).toMatchObject({ lang: 'es', languages: ['en', 'es'] });
    expect(spanish.body.room.scenario.title).toBe('Una conversación breve');
    const rooms = await (await send('GET', '/api/rooms')).json();
    expect(rooms.rooms.map((r: { lang: string }) => r.lang)).toEqual(['es']);

    const english = await openRoom(send, { scenarioId: 'tiny' });
    expect(english.body.room).toMatchObject({ lang: 'en', scenario: { title: 'A tiny conversation' } });
    expect(english.body.room.inEnglish).toBeUndefined();

    const missing = await openRoom(send, { scenarioId: 'plain', lang: 'es' });
    expect(missing.res.status).toBe(400);
    expect(missing.body.error.code).toBe('language_not_available');
    expect(missing.body.error.message).toContain('lang one of: en');
    const unknown = await openRoom(send, { scenarioId: 'tiny', lang: 'fr' });
    expect(unknown.res.status).toBe(400);
    expect(unknown.body.error.code).toBe('invalid_body');
    // The declared answer shapes hold for the new fields.
    expect(app.responseSchema('post', '/api/rooms', 201)?.safeParse(spanish.body).success).toBe(true);
  });

  it('shows an English presenter English and a Spanish phone Spanish, with the same option ids, and counts both votes', async () => {
    const { send, app } = await facilitator();
    const { body } = await openRoom(send, { scenarioId: 'tiny', lang: 'en' });
    const roomId = body.room.id as string;
    const es = await join(app, body.room.code, 'es');
    const en = await join(app, body.room.code, 'en');
    const silent = await join(app, body.room.code); // no preference: the room's language
    expect([es.lang, en.lang, silent.lang]).toEqual(['es', 'en', 'en']);
    await send('POST', `/api/rooms/${roomId}/commands`, { type: 'start' });
    await send('POST', `/api/rooms/${roomId}/commands`, { type: 'open-vote' });

    const presenter = (await (await send('GET', `/api/rooms/${roomId}`)).json()).room;
    const phone = (await es.me()).room;
    expect(presenter.lang).toBe('en');
    expect(phone.lang).toBe('es');
    // The same options, in the same (seeded) order, by id: only the words differ.
    expect(phone.choices.map((c: Choice) => c.id)).toEqual(presenter.choices.map((c: Choice) => c.id));
    const text = (view: { choices: Choice[] }, id: string) => view.choices.find((c) => c.id === id)?.text;
    expect(text(presenter, 'ask')).toBe('Would you like to talk somewhere private?');
    expect(text(phone, 'ask')).toBe('¿Quiere que hablemos en un lugar privado?');
    expect(phone.lines[0].text).toBe('Hola.');
    expect(phone.beat.title).toBe('Saludo');
    // `wait` has no translation: English, and listed so the phone marks it lang="en".
    const wait = phone.choices.findIndex((c: Choice) => c.id === 'wait');
    expect(phone.choices[wait].text).toBe('Wait quietly.');
    expect(phone.inEnglish).toContain(`choices.${wait}.text`);
    expect(phone.inEnglish).not.toContain(
      `choices.${phone.choices.findIndex((c: Choice) => c.id === 'ask')}.text`,
    );
    expect((await en.me()).room.choices).toEqual(presenter.choices);

    expect((await es.vote('ask')).status).toBe(200);
    expect((await en.vote('ask')).status).toBe(200);
    expect((await silent.vote('push')).status).toBe(200);
    await send('POST', `/api/rooms/${roomId}/commands`, { type: 'close-vote' });
    const revealed = (await (await send('POST', `/api/rooms/${roomId}/commands`, { type: 'reveal' })).json())
      .room;
    const count = (view: { votes: { spread: { choiceId: string; count: number }[] } }, id: string) =>
      view.votes.spread.find((s) => s.choiceId === id)?.count;
    expect(count(revealed, 'ask')).toBe(2);
    expect(count(revealed, 'push')).toBe(1);
    const phoneSpread = (await es.me()).room;
    expect(count(phoneSpread, 'ask')).toBe(2);
    expect(phoneSpread.votes.spread.find((s: { choiceId: string }) => s.choiceId === 'ask').text).toBe(
      '¿Quiere que hablemos en un lugar privado?',
    );
    expect(phoneSpread.you.vote).toBe('ask');

    // Feedback: English for the presenter, Spanish on a phone that follows the room after the reveal.
    await send('POST', `/api/rooms/${roomId}/commands`, { type: 'show-feedback' });
    const feedback = (await es.me()).room.feedback.find((f: { choiceId: string }) => f.choiceId === 'push');
    expect(feedback.feedback).toBe('Presionar por detalles daña la confianza.');

    // The decision records the tally by id: the debrief (the room's language, English) counts both.
    await send('POST', `/api/rooms/${roomId}/commands`, { type: 'commit', choiceId: 'ask' });
    const debrief = await (await send('GET', `/api/rooms/${roomId}/debrief`)).json();
    expect(debrief.lang).toBe('en');
    expect(debrief.decisions[0].chosen.text).toBe('Would you like to talk somewhere private?');
    expect(debrief.decisions[0].votes).toBe(3);
  });

  it('gives a Spanish room its debrief in Spanish', async () => {
    const { send, app } = await facilitator();
    const { body } = await openRoom(send, { scenarioId: 'tiny', lang: 'es' });
    const roomId = body.room.id as string;
    for (const type of ['start', 'open-vote', 'close-vote'])
      await send('POST', `/api/rooms/${roomId}/commands`, { type });
    await send('POST', `/api/rooms/${roomId}/commands`, { type: 'commit', choiceId: 'push' });
    const res = await send('GET', `/api/rooms/${roomId}/debrief`);
    const debrief = await res.json();
    expect(debrief.lang).toBe('es');
    expect(debrief.room.scenario.title).toBe('Una conversación breve');
    expect(debrief.decisions[0].chosen.text).toBe('Cuénteme todo ahora.');
    expect(debrief.decisions[0].feedback).toBe('Presionar por detalles daña la confianza.');
    expect(app.responseSchema('get', '/api/rooms/{id}/debrief', 200)?.safeParse(debrief).success).toBe(true);
  });

  it('lets a phone change its language (its open stream follows) and refuses one the scenario lacks', async () => {
    const { send, app } = await facilitator();
    const { body } = await openRoom(send, { scenarioId: 'tiny', lang: 'en' });
    const roomId = body.room.id as string;
    const phone = await join(app, body.room.code, 'es');
    await send('POST', `/api/rooms/${roomId}/commands`, { type: 'start' });

    const stream = await phone.events();
    const reader = (stream.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    const nextRoom = async (predicate: (room: { lang: string; scenario: { title: string } }) => boolean) => {
      for (;;) {
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (data && /^event: room$/m.test(block)) {
            const room = JSON.parse(data);
            if (predicate(room)) return room;
          }
          end = buffer.indexOf('\n\n');
        }
        const { value, done } = await reader.read();
        if (done) throw new Error('the event stream ended');
        buffer += decoder.decode(value, { stream: true });
      }
    };
    expect((await nextRoom(() => true)).lang).toBe('es');

    const changed = await phone.setLang('en');
    expect(changed.status).toBe(200);
    const answer = await changed.json();
    expect(answer.room).toMatchObject({ lang: 'en', scenario: { title: 'A tiny conversation' } });
    expect(app.responseSchema('patch', '/api/rooms/{id}/me', 200)?.safeParse(answer).success).toBe(true);
    expect((await nextRoom((r) => r.lang === 'en')).scenario.title).toBe('A tiny conversation');
    expect((await phone.me()).room.lang).toBe('en');
    await reader.cancel();

    // An English-only scenario: a Spanish phone joins in the room's language, and cannot switch.
    const plain = await openRoom(send, { scenarioId: 'plain' });
    const other = await join(app, plain.body.room.code, 'es');
    expect(other.lang).toBe('en');
    expect((await other.me()).room.languages).toEqual(['en']);
    const refused = await other.setLang('es');
    expect(refused.status).toBe(400);
    expect((await refused.json()).error.code).toBe('language_not_available');
    const strange = await other.setLang('fr');
    expect(strange.status).toBe(400);
    expect((await strange.json()).error.code).toBe('invalid_body');
  });
});
