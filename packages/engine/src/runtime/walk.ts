import type { CompiledScenario } from '../compile/compiled-scenario';
import type { Choice } from '../schema/scenario';
import { applyStep } from './apply-step';
import { startRun } from './start-run';
import { availableChoices } from './transition';
import type { Mode, RunState } from './types';

/** Picks one of the choices offered at a beat, or undefined to stop. */
export type Picker = (offered: Choice[], state: RunState) => Choice | undefined;

/**
 * Plays a run by letting `pick` choose at every beat, until an ending, a stop, or `maxDecisions`
 * (a guard against scenarios that loop).
 *
 * @example
 * const state = walk(compiled, pickBest, { seed: 1, mode: 'coach' });
 * state.status // 'ended'
 */
export function walk(
  compiled: CompiledScenario,
  pick: Picker,
  options: { seed: number; mode: Mode; maxDecisions?: number },
): RunState {
  let state = startRun(compiled, { seed: options.seed, mode: options.mode });
  const max = options.maxDecisions ?? 200;
  while (state.status === 'active' && state.path.length < max) {
    const choice = pick(offeredChoices(compiled, state), state);
    if (!choice) break;
    const next = applyStep(compiled, state, { kind: 'choice', beatId: state.beatId, choiceId: choice.id });
    if (!next.ok) throw new Error(`walk: ${next.error.message}`);
    state = next.value;
  }
  return state;
}

/**
 * The choices offered now (their `when` holds), in file order (as authored, not as a run shows them).
 *
 * @example
 * offeredChoices(compiled, state).map((c) => c.verdict) // ['best', 'acceptable', 'harmful']
 */
export function offeredChoices(compiled: CompiledScenario, state: RunState): Choice[] {
  // File order, not the run's shown order: the test-wise check asks whether the author's order gives
  // the best option away (the shown order is shuffled per run unless a beat pins it).
  return availableChoices(compiled, state);
}

/**
 * Always the best option offered (the all-best path).
 *
 * @example
 * walk(compiled, pickBest, { seed: 1, mode: 'assessment' })
 */
export const pickBest: Picker = (offered) => offered.find((c) => c.verdict === 'best') ?? offered[0];

/**
 * Always the harmful option offered, else the acceptable one, else the first.
 *
 * @example
 * report(compiled, walk(compiled, pickHarmful, { seed: 1, mode: 'assessment' })).passed // false
 */
export const pickHarmful: Picker = (offered) =>
  offered.find((c) => c.verdict === 'harmful') ??
  offered.find((c) => c.verdict === 'acceptable') ??
  offered[0];
