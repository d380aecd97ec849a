import { computeBounds } from '../analysis/bounds';
import { exploreStates } from '../analysis/state-graph';
import { indexScenario } from '../model/scenario-index';
import type { Rubric } from '../schema/rubric';
import type { Scenario } from '../schema/scenario';
import type { CompiledScenario } from './compiled-scenario';
import { buildMachine } from './machine';

/**
 * Compile a validated scenario: index it, build its XState machine, explore its reachable states and
 * compute each competency's score bounds. Call `validateScenario` first (this throws on broken references).
 *
 * @example
 * const v = validateScenario(raw, rubric);
 * if (v.ok) { const compiled = compileScenario(v.value, rubric); startRun(compiled, { seed: 1, mode: 'coach' }); }
 */
export function compileScenario(
  scenario: Scenario,
  rubric: Rubric,
  options: { maxStates?: number; exactBudget?: number } = {},
): CompiledScenario {
  const index = indexScenario(scenario);
  const rs = { scenario, index };
  const { machine, config } = buildMachine(rs);
  const graph = exploreStates(rs, options);
  const { bounds } = computeBounds(rs, graph, index.evidenced);
  return { scenario, rubric, index, machine, machineConfig: config, graph, bounds };
}
