import type { RuntimeScenario } from './runtime-scenario';
import { enter } from './transition';
import type { Mode, RunState } from './types';

/**
 * A new run at the scenario's start beat: meters at their initial values, flags at their defaults,
 * then the start beat is entered (its session starts, `onEnter` applies, interruptions may fire).
 *
 * @example
 * const state = startRun(compiled, { seed: 42, mode: 'coach' });
 */
export function startRun(rs: RuntimeScenario, options: { seed: number; mode: Mode }): RunState {
  const meters: Record<string, number> = {};
  for (const [id, m] of Object.entries(rs.scenario.meters)) meters[id] = m.initial;
  const s: RunState = {
    scenarioId: rs.scenario.id,
    seed: options.seed,
    mode: options.mode,
    steps: [],
    path: [],
    status: 'active',
    beatId: rs.scenario.start,
    meters,
    flags: { ...rs.scenario.flags },
    visited: [],
    firedInterruptions: [],
  };
  const arrival = { beats: [] as string[], resumed: false };
  enter(rs, s, rs.scenario.start, arrival);
  s.arrival = arrival;
  return s;
}
