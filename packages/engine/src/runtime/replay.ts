import { err, ok } from '../util/result';
import { applyStep } from './apply-step';
import type { RuntimeScenario } from './runtime-scenario';
import { startRun } from './start-run';
import type { ChooseError, Mode, Result, RewindError, RunState, Step } from './types';

/**
 * Rebuild a run from its log. The same (scenario, seed, mode, steps) always gives the same state.
 *
 * @example
 * const r = replay(compiled, { seed: 7, mode: 'coach', steps });
 * if (!r.ok) console.log(`step ${r.error.atStep}: ${r.error.error.code}`);
 */
export function replay(
  rs: RuntimeScenario,
  input: { seed: number; mode: Mode; steps: Step[] },
): Result<RunState, { atStep: number; error: ChooseError | RewindError }> {
  let s = startRun(rs, { seed: input.seed, mode: input.mode });
  for (let i = 0; i < input.steps.length; i++) {
    const step = input.steps[i];
    if (!step) continue;
    const r = applyStep(rs, s, step);
    if (!r.ok) return err({ atStep: i, error: r.error });
    s = r.value;
  }
  return ok(s);
}
