import { describe, expect, it } from 'vitest';
import { bundledCatalog } from '../testing/authoring-world';
import { testApp } from '../testing/test-app';

describe('GET /api/sources?lang=', () => {
  it('serves the guidance in Spanish, each text saying its language, with citations as published', async () => {
    const { app } = await testApp({ catalog: bundledCatalog() });
    const res = await app.request('/api/sources?lang=es');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.lang).toBe('es');
    const item = body.guidance.find((g: { id: string }) => g.id === 'interp-3');
    expect(item).toEqual({
      id: 'interp-3',
      document: '001',
      seed: '001',
      section: 'Intérpretes',
      sectionLang: 'es',
      text: 'Nunca le pida a otra víctima que interprete.',
      lang: 'es',
    });
    expect(body.guidance.every((g: { lang: string }) => g.lang === 'es')).toBe(true);
    const english = await (await app.request('/api/sources')).json();
    expect(body.references).toEqual(english.references);
    expect(body.documents).toEqual(english.documents);
  });

  it('serves English without lang and with lang=en', async () => {
    const { app } = await testApp({ catalog: bundledCatalog() });
    for (const path of ['/api/sources', '/api/sources?lang=en']) {
      const body = await (await app.request(path)).json();
      expect(body.lang).toBe('en');
      expect(body.guidance.find((g: { id: string }) => g.id === 'interp-3')).toMatchObject({
        text: 'Never ask another victim to interpret.',
        lang: 'en',
        section: 'Interpreters',
        sectionLang: 'en',
      });
    }
  });

  it('refuses a language it has no content for, saying which to ask for', async () => {
    const { app } = await testApp({ catalog: bundledCatalog() });
    for (const path of ['/api/sources?lang=fr', '/api/sources?lang=es&lang=en', '/api/sources?lang=']) {
      const res = await app.request(path);
      expect(res.status).toBe(400);
      const body = await res.json();
      expect(body.error.code).toBe('bad_request');
      expect(body.error.message).toContain('?lang=es');
    }
  });

  it('falls back to English, marked en, for a language without a table', async () => {
    const { app } = await testApp();
    const body = await (await app.request('/api/sources?lang=es')).json();
    expect(body.lang).toBe('es');
    expect(body.guidance[0]).toMatchObject({
      id: 'interp-1',
      text: 'Use a trained interpreter.',
      lang: 'en',
    });
  });
});
