// How long one re-check of a draft takes in the authoring checker worker: the worker calls checkScenario
// (loader + lint + engine analysis + map) on each pause in typing; the main thread only posts the text and
// receives the result. Timed here in Node, which runs the same code on the same V8 engine as Chromium.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRegistry, loadSources, SCENARIOS_DIR, TEMPLATE_FILE } from '@doorway/scenarios';
import { checkScenario } from '../src/features/authoring/checker/checkScenario';
import type { CheckerSetup } from '../src/features/authoring/checker/checkTypes';

const RUNS = 30;

/** One row per text: median and slowest of `RUNS` checks after a warm-up, each on a slightly edited text. */
export function checkTimes(): { name: string; lines: number; medianMs: number; maxMs: number }[] {
  const sources = loadSources();
  if (!sources.ok) throw new Error('the bundled sources do not load');
  const setup: CheckerSetup = {
    rubric: createRegistry().rubric,
    sources: sources.value as unknown as CheckerSetup['sources'],
  };
  const texts: [string, string][] = [
    ['the template', readFileSync(TEMPLATE_FILE, 'utf8')],
    [
      'first-contact (the largest bundled scenario)',
      readFileSync(join(SCENARIOS_DIR, 'first-contact.yaml'), 'utf8'),
    ],
    ['going-back (two sessions, a time skip)', readFileSync(join(SCENARIOS_DIR, 'going-back.yaml'), 'utf8')],
  ];
  return texts.map(([name, text]) => {
    for (let i = 0; i < 3; i++) checkScenario(text, setup);
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      // An edit as typing makes one: a comment line that changes each time, so nothing can be cached.
      const edited = `${text}\n# edit ${i}\n`;
      const start = performance.now();
      const result = checkScenario(edited, setup);
      times.push(performance.now() - start);
      if (!result.loaded) throw new Error(`${name} does not load in the checker`);
    }
    times.sort((a, b) => a - b);
    return {
      name,
      lines: text.split('\n').length,
      medianMs: times[Math.floor(times.length / 2)] ?? Number.NaN,
      maxMs: times.at(-1) ?? Number.NaN,
    };
  });
}
