import { compileScenario, type Picker, type Scenario, type TestWiseFigures, testWise } from '@doorway/engine';
import { formatProblem, readStringTable, spanishReassuringScore, stringTableFile } from '@doorway/scenarios';
import { scenario } from './shipped-content';

/** The headline scenarios whose Spanish tables are complete (issue 14). Add a scenario when its table is. */
export const COMPLETE_IN_SPANISH = ['first-contact', 'through-an-interpreter', 'going-back'] as const;

/** A shipped scenario and its loaded Spanish table; throws (a test failure) when either does not load. */
export function loadSpanish(id: string) {
  const s = scenario(id);
  if (!s) throw new Error(`${id} does not load: run \`pnpm doorway lint\``);
  const file = stringTableFile(s.loaded.file, id, 'es');
  const table = readStringTable(file);
  if (!table.ok) throw new Error(table.error.map((p) => formatProblem(p)).join('\n'));
  if (!table.value) throw new Error(`${file} does not exist`);
  return { s, loaded: table.value };
}

/** The scenario with every choice's words replaced by the table's translation (English where missing). */
export function withTableChoices(scenario: Scenario, strings: Record<string, { text: string }>): Scenario {
  const beats = (record: Scenario['phases'][string]['beats'], out: typeof record = {}) => {
    for (const [beatId, beat] of Object.entries(record)) {
      out[beatId] = {
        ...beat,
        choices: beat.choices.map((c) => ({
          ...c,
          text: strings[`beat.${beatId}.choice.${c.id}.text`]?.text ?? c.text,
        })),
      };
    }
    return out;
  };
  const phases: Scenario['phases'] = {};
  for (const [id, phase] of Object.entries(scenario.phases)) {
    const interruptions = Object.fromEntries(
      Object.entries(phase.interruptions ?? {}).map(([i, int]) => [i, { ...int, beats: beats(int.beats) }]),
    );
    phases[id] = { ...phase, beats: beats(phase.beats), ...(phase.interruptions ? { interruptions } : {}) };
  }
  return { ...scenario, phases };
}

// Ties go to the option that comes first, as in the engine's pickers.
const mostReassuringInSpanish: Picker = (offered) => {
  let best = offered[0];
  let top = Number.NEGATIVE_INFINITY;
  for (const c of offered) {
    const score = spanishReassuringScore(c.text);
    if (score > top) {
      top = score;
      best = c;
    }
  }
  return best;
};

/**
 * The test-wise figures of a scenario played with its Spanish options: length, position and best-option
 * measures on the Spanish words, and the reassuring-words strategy with the Spanish list (the engine's
 * list is English, so on Spanish text it would only ever pick the first option).
 *
 * @example
 * spanishTestWise('first-contact').strategies.filter((r) => r.passed) // => [] when honest in Spanish
 */
export function spanishTestWise(id: string): TestWiseFigures {
  const { s, loaded } = loadSpanish(id);
  const compiled = compileScenario(
    withTableChoices(s.loaded.scenario, loaded.table.strings),
    s.entry.compiled.rubric,
  );
  return testWise(compiled, { reassuring: mostReassuringInSpanish });
}
