import {
  analyze,
  applyStep,
  type CompiledScenario,
  compileScenario,
  startRun,
  type Verdict,
  viewOf,
} from '@doorway/engine';
import { createRegistry } from '@doorway/scenarios';

/** The scenarios every e2e suite plays to the end. */
export const headlineScenarios = [
  'through-an-interpreter',
  'first-contact',
  'going-back',
  'in-her-language',
] as const;

const registry = createRegistry();
const cache = new Map<string, CompiledScenario>();

/**
 * A bundled scenario compiled by the engine, as the server compiles it.
 *
 * @example
 * compiled('first-contact').scenario.title;
 */
export function compiled(id: string): CompiledScenario {
  const hit = cache.get(id);
  if (hit) return hit;
  const entry = registry.get(id);
  if (!entry) throw new Error(`no bundled scenario "${id}"`);
  const c = compileScenario(entry.scenario, registry.rubric);
  cache.set(id, c);
  return c;
}

/** One decision of a path through a scenario. */
export interface PathStep {
  beatId: string;
  choiceId: string;
}

/**
 * The best path of a scenario from the engine's analysis (`analyze(compiled).bestPath`): the
 * decisions that reach an ending with every competency at its maximum.
 *
 * @example
 * for (const step of bestPath('first-contact')) await choose(page, step.choiceId);
 */
export function bestPath(id: string): PathStep[] {
  const best = analyze(compiled(id)).bestPath;
  if (best.loops || best.endingId === undefined)
    throw new Error(`${id}: the best path does not reach an ending`);
  return best.steps;
}

/**
 * A path that follows `pick` at each beat (given the offered choices with their verdicts and
 * critical flags) until an ending, through the engine's runtime.
 *
 * @example
 * pathBy('first-contact', (offered) => offered.find((c) => c.critical) ?? offered[0]);
 */
export function pathBy(
  id: string,
  pick: (
    offered: { id: string; verdict: Verdict; critical: boolean }[],
    decision: number,
  ) => { id: string } | undefined,
): PathStep[] {
  const c = compiled(id);
  let state = startRun(c, { seed: 1, mode: 'practice' });
  const path: PathStep[] = [];
  while (state.status === 'active') {
    if (path.length > 500) throw new Error(`${id}: no ending within 500 decisions`);
    const beat = c.index.beats.get(state.beatId);
    const offered = viewOf(c, state).choices.map((v) => {
      const choice = beat?.choices.get(v.id);
      return { id: v.id, verdict: choice?.verdict ?? 'acceptable', critical: choice?.critical ?? false };
    });
    const chosen = pick(offered, path.length);
    if (!chosen) throw new Error(`${id}: nothing to choose at ${state.beatId}`);
    const next = applyStep(c, state, { kind: 'choice', beatId: state.beatId, choiceId: chosen.id });
    if (!next.ok) throw new Error(`${id}: ${next.error.message}`);
    path.push({ beatId: state.beatId, choiceId: chosen.id });
    state = next.value;
  }
  return path;
}

/**
 * The authored verdict and critical flag of a choice.
 *
 * @example
 * choiceInfo('first-contact', 'triage', 'let-him-stay').critical;
 */
export function choiceInfo(id: string, beatId: string, choiceId: string) {
  const choice = compiled(id).index.beats.get(beatId)?.choices.get(choiceId);
  if (!choice) throw new Error(`${id}: no choice ${beatId}/${choiceId}`);
  return choice;
}
