import { describe, expect, it } from 'vitest';
import { testApp } from '../testing/test-app';

describe('catalog routes', () => {
  it('GET /api/scenarios lists summaries with the competencies each scenario can earn', async () => {
    const { app } = await testApp();
    const res = await app.request('/api/scenarios');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      scenarios: [
        {
          id: 'tiny',
          version: '1.0.0',
          title: 'A tiny conversation',
          summary: 'A short test scenario.',
          estimatedMinutes: 2,
          contentNotes: ['none'],
          themes: ['testing'],
          competencies: [
            { id: 'safety', name: 'Safety first' },
            { id: 'choice', name: 'Survivor choice' },
          ],
          trainee: 'advocate',
          languages: [{ lang: 'en', complete: true, translated: 24, texts: 24 }],
        },
      ],
    });
  });

  it('GET /api/scenarios/:id adds objectives, cast, pass threshold and modes', async () => {
    const { app } = await testApp();
    const body = await (await app.request('/api/scenarios/tiny')).json();
    expect(body).toMatchObject({
      id: 'tiny',
      objectives: ['Say hello well.'],
      cast: { ana: { name: 'Ana', role: 'survivor' } },
      passThreshold: 60,
      modes: ['coach', 'practice', 'assessment'],
    });
  });

  it('GET /api/scenarios/:id is 404 scenario_not_found for an unknown id', async () => {
    const { app } = await testApp();
    const res = await app.request('/api/scenarios/nope');
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('scenario_not_found');
  });

  it('GET /api/rubric and GET /api/sources', async () => {
    const { app } = await testApp();
    const rubric = await (await app.request('/api/rubric')).json();
    expect(rubric.competencies.map((c: { id: string }) => c.id)).toEqual(['safety', 'choice']);
    const sources = await (await app.request('/api/sources')).json();
    expect(sources.guidance[0]).toMatchObject({ id: 'interp-1', seed: 'seed-001' });
    expect(sources.references[0].key).toBe('OVC-INT');
  });
});
