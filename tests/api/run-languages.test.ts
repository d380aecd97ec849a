import {
  fixtureCatalog,
  jsonInit,
  testApp,
  fixtureScenario as tiny,
  translatedTable,
} from '@doorway/api/testing';
import { type StringTable, translatableStrings } from '@doorway/scenarios';
import { describe, expect, it } from 'vitest';
import { testDatabases } from '../support/databases';

// Runs pinned to a language (issue 14): the content comes from the scenario's string table, per text with
// English where a translation is missing or stale; the engine, the scores and the votes never see it.

const SPANISH: Record<string, string> = {
  'meta.title': 'Una conversación breve',
  'beat.greet.title': 'Saludo',
  'beat.greet.line.0': 'Hola.',
  'beat.greet.choice.ask.text': '¿Quiere que hablemos en un lugar privado?',
  'beat.greet.choice.ask.feedback': 'Ofrecer privacidad pone su seguridad primero.',
  'beat.greet.choice.push.text': 'Cuénteme todo ahora.',
  'cast.ana.name': 'Ana',
};

/** A partial Spanish table of the fixture: the texts above are current, `ending.door-open.debrief` is stale. */
function spanishTable(): StringTable {
  const table = translatedTable(tiny, 'es', (s) => SPANISH[s.id]);
  table.strings['ending.door-open.debrief'] = { source: '0badc0de', text: 'Sabe dónde encontrarla.' };
  return table;
}

function catalogWithSpanish() {
  const catalog = fixtureCatalog();
  const table = spanishTable();
  return Object.assign(catalog, { tables: (id: string) => new Map(id === 'tiny' ? [['es', table]] : []) });
}

const databases = await testDatabases('doorway_lang');

describe.each(databases)('runs in a language on %s', (_name, open) => {
  async function start(lang?: string) {
    const t = await testApp({ storage: open(), catalog: catalogWithSpanish() });
    const res = await t.app.request(
      '/api/runs',
      jsonInit('POST', { scenarioId: 'tiny', mode: 'coach', ...(lang === undefined ? {} : { lang }) }),
    );
    return { ...t, res, body: await res.json() };
  }
  const auth = (token: string) => ({ authorization: `Bearer ${token}` });

  it('starts a run in Spanish and keeps showing it in Spanish, English where a text is not translated', async () => {
    const { app, res, body } = await start('es');
    expect(res.status).toBe(201);
    expect(body.run.lang).toBe('es');
    expect(body.lang).toBe('es');
    expect(body.view.beat.title).toBe('Saludo');
    expect(body.view.lines[0].text).toBe('Hola.');
    const ask = body.view.choices.findIndex((c: { id: string }) => c.id === 'ask');
    const wait = body.view.choices.findIndex((c: { id: string }) => c.id === 'wait');
    expect(body.view.choices[ask].text).toBe('¿Quiere que hablemos en un lugar privado?');
    expect(body.view.choices[wait].text).toBe('Wait quietly.');
    expect(body.inEnglish).toContain(`view.choices.${wait}.text`);
    expect(body.inEnglish).not.toContain(`view.choices.${ask}.text`);

    const chose = await app.request(`/api/runs/${body.run.id}/choices`, {
      ...jsonInit('POST', { beatId: 'greet', choiceId: 'ask', requestId: 'r-1' }),
      headers: { 'content-type': 'application/json', ...auth(body.runToken) },
    });
    const answer = await chose.json();
    expect(chose.status).toBe(200);
    expect(answer.lang).toBe('es');
    expect(answer.feedback.text).toBe('Ofrecer privacidad pone su seguridad primero.');

    const again = await (
      await app.request(`/api/runs/${body.run.id}`, { headers: auth(body.runToken) })
    ).json();
    expect(again.run.lang).toBe('es');
    expect(again.transcript.map((l: { text: string }) => l.text)).toContain(
      '¿Quiere que hablemos en un lugar privado?',
    );
    expect(again.feedback.text).toBe('Ofrecer privacidad pone su seguridad primero.');
  });

  it('scores a Spanish run exactly like an English one, and shows a stale translation in English', async () => {
    const play = async (lang: string) => {
      const { app, body } = await start(lang);
      const headers = { 'content-type': 'application/json', ...auth(body.runToken) };
      for (const [beatId, choiceId] of [
        ['greet', 'ask'],
        ['close', 'offer'],
      ]) {
        await app.request(`/api/runs/${body.run.id}/choices`, {
          ...jsonInit('POST', { beatId, choiceId, requestId: `${beatId}-${choiceId}` }),
          headers,
        });
      }
      return (await app.request(`/api/runs/${body.run.id}/debrief`, { headers: auth(body.runToken) })).json();
    };
    const [en, es] = [await play('en'), await play('es')];
    expect(es.overall).toBe(en.overall);
    expect(es.passed).toBe(en.passed);
    expect(es.competencies).toEqual(en.competencies);
    expect(en.lang).toBeUndefined();
    expect(es.lang).toBe('es');
    expect(es.decisions[0].choice.text).toBe('¿Quiere que hablemos en un lugar privado?');
    expect(es.ending.debrief).toBe('She knows where to find you.');
    expect(es.inEnglish).toContain('ending.debrief');
  });

  it('starts in English by default, and refuses a language with no table or an unknown one with a clear 400', async () => {
    const english = await start();
    expect(english.body.run.lang).toBeUndefined();
    expect(english.body.lang).toBeUndefined();
    expect(english.body.inEnglish).toBeUndefined();
    const catalog = fixtureCatalog();
    const t = await testApp({ storage: open(), catalog });
    const none = await t.app.request(
      '/api/runs',
      jsonInit('POST', { scenarioId: 'tiny', mode: 'coach', lang: 'es' }),
    );
    expect(none.status).toBe(400);
    const error = (await none.json()).error;
    expect(error.code).toBe('language_not_available');
    expect(error.message).toContain('lang one of: en');
    const unknown = await t.app.request(
      '/api/runs',
      jsonInit('POST', { scenarioId: 'tiny', mode: 'coach', lang: 'xx' }),
    );
    expect(unknown.status).toBe(400);
    expect((await unknown.json()).error.code).toBe('invalid_body');
  });
});

describe('the catalog lists languages', () => {
  it('says which languages a scenario has and how complete each is, and shows titles in one with ?lang=', async () => {
    const { app } = await testApp({ catalog: catalogWithSpanish() });
    const list = await (await app.request('/api/scenarios')).json();
    const texts = translatableStrings(tiny).length;
    expect(list.scenarios[0].languages).toEqual([
      { lang: 'en', complete: true, translated: texts, texts },
      { lang: 'es', complete: false, translated: Object.keys(SPANISH).length, texts },
    ]);
    const es = await (await app.request('/api/scenarios?lang=es')).json();
    expect(es.scenarios[0]).toMatchObject({
      title: 'Una conversación breve',
      summary: 'A short test scenario.',
      lang: 'es',
    });
    expect(es.scenarios[0].inEnglish).toEqual(['summary', 'contentNotes.0', 'trainee']);
    const detail = await (await app.request('/api/scenarios/tiny?lang=es')).json();
    expect(detail.objectives).toEqual(['Say hello well.']);
    expect(detail.inEnglish).toContain('objectives.0');
    const bad = await app.request('/api/scenarios?lang=klingon');
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.code).toBe('unknown_language');
  });
});
