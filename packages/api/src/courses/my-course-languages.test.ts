import type { StringTable } from '@doorway/scenarios';
import { describe, expect, it } from 'vitest';
import { translatedTable } from '../testing/translated-table';
import { progressDatabases, progressWorld, tinyTwo } from './progress-test-world';

// Course runs in a language (issue 14 on issue 11): a step starts in the trainee's language when the pinned
// scenario has a table for it, the attempt's debrief is in that language, and the scores never depend on it.

/** tiny-two in "Spanish": every text translated except the first choice of each beat (left in English). */
function spanishTinyTwo(): StringTable {
  return translatedTable(tinyTwo, 'es', (s) =>
    s.id.endsWith('choice.ask.text') ? undefined : `(es) ${s.text}`,
  );
}

describe.each(progressDatabases())('course runs in a language on %s', (_name, open) => {
  it('starts a step in Spanish; the debrief is in Spanish; scores equal English ones', async () => {
    const w = await progressWorld(open, undefined, { 'tiny-two': { es: spanishTinyTwo() } });
    const assess = w.steps[1] ?? '';
    const start = await w.tess.send('POST', `/api/me/courses/${w.courseId}/steps/${assess}/runs`, {
      lang: 'es',
    });
    expect(start.status).toBe(201);
    const started = await start.json();
    expect(started.run.lang).toBe('es');
    expect(started.lang).toBe('es');
    expect(started.view.beat.title).toMatch(/^\(es\) /);
    const ask = started.view.choices.findIndex((c: { id: string }) => c.id === 'ask');
    expect(started.inEnglish).toContain(`view.choices.${ask}.text`);

    const runs: Record<string, string[]> = {};
    for (const lang of ['en', 'es'])
      runs[lang] = [
        await w.play(w.tess, assess, ['ask', 'offer'], 60, lang),
        await w.play(w.tess, assess, ['push', 'sorry', 'offer'], 60, lang),
      ];
    const debriefs: Record<string, { overall: number; lang?: string; competencies: unknown }[]> = {};
    for (const [lang, ids] of Object.entries(runs)) {
      debriefs[lang] = [];
      for (const id of ids) {
        const res = await w.tess.send('GET', `/api/me/courses/${w.courseId}/attempts/${id}/debrief`);
        expect(res.status).toBe(200);
        debriefs[lang]?.push(await res.json());
      }
    }
    const [enBest, enHarm] = debriefs.en ?? [];
    const [esBest, esHarm] = debriefs.es ?? [];
    expect(enBest?.lang).toBeUndefined();
    expect(esBest?.lang).toBe('es');
    expect(JSON.stringify(esBest)).toContain('(es) ');
    expect([esBest?.overall, esHarm?.overall]).toEqual([enBest?.overall, enHarm?.overall]);
    expect(esBest?.overall).toBe(100);
    expect(esBest?.competencies).toEqual(enBest?.competencies);
    expect(esHarm?.competencies).toEqual(enHarm?.competencies);
    // The course scores the attempts the same whatever the language (the first one was left unfinished).
    const listed = await (await w.tess.send('GET', `/api/me/courses/${w.courseId}`)).json();
    const score = new Map<string, number>(
      listed.course.steps[1].attempts.map((a: { runId: string; score: number }) => [a.runId, a.score]),
    );
    const scored = (ids: string[] = []) => ids.map((id) => score.get(id));
    expect(scored(runs.es)).toEqual(scored(runs.en));
    expect(scored(runs.es)[0]).toBe(100);
  });

  it('refuses a language the pinned scenario has no table for, and a bad body', async () => {
    const w = await progressWorld(open);
    const path = `/api/me/courses/${w.courseId}/steps/${w.steps[0]}/runs`;
    const refused = await w.tess.send('POST', path, { lang: 'es' });
    expect(refused.status).toBe(400);
    expect((await refused.json()).error.code).toBe('language_not_available');
    const bad = await w.tess.send('POST', path, { lang: 'fr' });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.code).toBe('invalid_body');
    expect((await w.tess.send('POST', path, { lang: 'en' })).status).toBe(201);
  });
});
