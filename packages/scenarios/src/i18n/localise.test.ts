import { readFileSync } from 'node:fs';
import { compileScenario, pickBest, report, startRun, transcriptOf, viewOf, walk } from '@doorway/engine';
import { describe, expect, it } from 'vitest';
import { TALK_ES_FILE, talkScenario } from '../fixtures/talk';
import { loadRubric } from '../load/load-rubric';
import { loadStringTableText } from './load-string-table';
import { createLocalisation, tableCoverage } from './localise';

function setup(edit?: (t: string) => string) {
  const rubric = loadRubric();
  if (!rubric.ok) throw new Error('rubric');
  const scenario = talkScenario(edit);
  const loaded = loadStringTableText(readFileSync(TALK_ES_FILE, 'utf8'), TALK_ES_FILE);
  if (!loaded.ok) throw new Error('table');
  const compiled = compileScenario(scenario, rubric.value);
  return {
    compiled,
    loc: createLocalisation(scenario, loaded.value.table),
    table: loaded.value.table,
    scenario,
  };
}

describe('createLocalisation', () => {
  it('shows current translations, falls back to English per text and lists those paths', () => {
    const { compiled, loc } = setup();
    const seed = [1, 2, 3, 4, 5, 6, 7, 8].find(
      (s) => viewOf(compiled, startRun(compiled, { seed: s, mode: 'coach' })).lines[0]?.text === 'Hi.',
    );
    if (seed === undefined) throw new Error('no seed shows the first variant');
    const state = startRun(compiled, { seed, mode: 'coach' });
    const english = viewOf(compiled, state);
    const { value, inEnglish } = loc.apply(viewOf({ ...compiled, ...loc.marked }, state));
    expect(value.beat.title).toBe('Primeras palabras');
    expect(value.lines[0]?.text).toBe('Hola.');
    expect(value.lines[0]?.speaker?.name).toBe('Sam');
    const introduce = value.choices.find((c) => c.id === 'introduce');
    expect(introduce?.text).toBe('Me llamo Alex. Usted decide de qué hablamos.');
    // Untranslated: the English, flagged.
    const demandIndex = value.choices.findIndex((c) => c.id === 'demand');
    expect(value.choices[demandIndex]?.text).toBe(english.choices[demandIndex]?.text);
    expect(inEnglish).toContain(`choices.${demandIndex}.text`);
    expect(inEnglish).toContain('beat.phaseTitle');
    expect(inEnglish).not.toContain('beat.title');
    expect(inEnglish).not.toContain('lines.0.text');
    // Same structure as the English view: only texts differ.
    expect(value.choices.map((c) => c.id)).toEqual(english.choices.map((c) => c.id));
    expect(value.lines.map((l) => l.kind)).toEqual(english.lines.map((l) => l.kind));
  });

  it('falls back to English for a stale translation, in the debrief too', () => {
    const { compiled, loc } = setup();
    const state = walk(compiled, pickBest, { seed: 3, mode: 'assessment' });
    const english = report(compiled, state);
    const { value, inEnglish } = loc.apply(report({ ...compiled, ...loc.marked }, state));
    expect(value.ending?.debrief).toBe('The conversation ended with the door open.');
    expect(inEnglish).toContain('ending.debrief');
    expect(value.overall).toBe(english.overall);
    expect(value.passed).toBe(english.passed);
    expect(value.decisions.map((d) => d.choice.id)).toEqual(english.decisions.map((d) => d.choice.id));
    const first = value.decisions[0];
    expect(first?.choice.text).toBe('Me llamo Alex. Usted decide de qué hablamos.');
    expect(loc.apply(transcriptOf({ ...compiled, ...loc.marked }, state)).value.at(-1)?.text).toBeDefined();
  });

  it('regression: an English line that changes is shown in English, not as its old translation', () => {
    const { compiled, loc } = setup((t) => t.replace('"Hi."', '"Hi there."'));
    const shows = [1, 2, 3, 4, 5, 6, 7, 8].map((seed) => {
      const state = startRun(compiled, { seed, mode: 'coach' });
      return loc.apply(viewOf({ ...compiled, ...loc.marked }, state)).value.lines[0]?.text;
    });
    expect(shows).not.toContain('Hola.');
    expect(shows).toContain('Hi there.');
  });

  it('tells how much of a scenario a table covers', () => {
    const { scenario, table } = setup();
    expect(tableCoverage(scenario, table)).toEqual({ lang: 'es', translated: 6, texts: 35, complete: false });
  });
});
