import { relative } from 'node:path';
import {
  type Analysis,
  applyStep,
  type Choice,
  type CompiledScenario,
  offeredChoices,
  type Rubric,
  startRun,
} from '@doorway/engine';
import {
  analyzeLoaded,
  createRegistry,
  formatPath,
  type LoadedScenarioFile,
  type LocatedProblem,
  loadScenarioFile,
  loadSources,
  locate,
  type Registry,
  type RegistryEntry,
  type Sources,
} from '@doorway/scenarios';

/** The scenarios the library ships (seven from issue 4; in-her-language from issue 10). */
export const SHIPPED_IDS = [
  'through-an-interpreter',
  'first-contact',
  'going-back',
  'youth-drop-in',
  'domestic-servitude',
  'prosecutor-interview',
  'shelter-intake',
  'in-her-language',
] as const;

const REPO = new URL('../../', import.meta.url).pathname;

let shared: { registry: Registry; sources: Sources; rubric: Rubric } | undefined;

/** The bundled registry and sources, loaded once per test file. */
export function content(): { registry: Registry; sources: Sources; rubric: Rubric } {
  if (!shared) {
    const sources = loadSources();
    if (!sources.ok) throw new Error('content/sources.yaml does not load: run `pnpm doorway lint`');
    const registry = createRegistry();
    shared = { registry, sources: sources.value, rubric: registry.rubric };
  }
  return shared;
}

export interface ScenarioUnderTest {
  entry: RegistryEntry;
  compiled: CompiledScenario;
  loaded: LoadedScenarioFile;
  analysis: Analysis;
  problems: LocatedProblem[];
}

const cache = new Map<string, ScenarioUnderTest | undefined>();

/** A shipped scenario with its analysis (computed once), or undefined when it does not load. */
export function scenario(id: string): ScenarioUnderTest | undefined {
  if (cache.has(id)) return cache.get(id);
  const { registry, sources, rubric } = content();
  const entry = registry.get(id);
  let result: ScenarioUnderTest | undefined;
  if (entry) {
    const loaded = loadScenarioFile(entry.file, rubric);
    if (loaded.ok) {
      const { analysis, problems } = analyzeLoaded(loaded.value, entry.compiled, sources);
      result = { entry, compiled: entry.compiled, loaded: loaded.value, analysis, problems };
    }
  }
  cache.set(id, result);
  return result;
}

/** `file:line:col  path` of a path in a scenario's file, for failure messages that say where to look. */
export function where(s: ScenarioUnderTest, path: (string | number)[]): string {
  const { line, col } = locate(s.loaded.parsed, path);
  return `${relative(REPO, s.loaded.file)}:${line}:${col}  ${formatPath(path)}`;
}

/** The path of a beat in its file: `phases.<phase>.beats.<id>` or inside its interruption. */
export function beatPath(s: ScenarioUnderTest, beatId: string): (string | number)[] {
  const info = s.compiled.index.beats.get(beatId);
  if (!info) return [];
  return info.interruptionId !== undefined
    ? ['phases', info.phaseId, 'interruptions', info.interruptionId, 'beats', beatId]
    : ['phases', info.phaseId, 'beats', beatId];
}

/** Every decision along the all-best path (seed 1): the beat and the choices offered there. */
export function bestPathDecisions(s: ScenarioUnderTest): { beatId: string; offered: Choice[] }[] {
  let state = startRun(s.compiled, { seed: 1, mode: 'assessment' });
  const out: { beatId: string; offered: Choice[] }[] = [];
  while (state.status === 'active' && out.length < 200) {
    const offered = offeredChoices(s.compiled, state);
    out.push({ beatId: state.beatId, offered });
    const best = offered.find((c) => c.verdict === 'best') ?? offered[0];
    if (!best) break;
    const next = applyStep(s.compiled, state, { kind: 'choice', beatId: state.beatId, choiceId: best.id });
    if (!next.ok) break;
    state = next.value;
  }
  return out;
}

/** Every choice of a scenario with its path in the file. */
export function allChoices(
  s: ScenarioUnderTest,
): { beatId: string; choice: Choice; path: (string | number)[] }[] {
  return s.compiled.index.beatOrder.flatMap((beatId) => {
    const info = s.compiled.index.beats.get(beatId);
    return (info?.beat.choices ?? []).map((choice, i) => ({
      beatId,
      choice,
      path: [...beatPath(s, beatId), 'choices', i],
    }));
  });
}
