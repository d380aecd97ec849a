import type { AnyStateMachine } from 'xstate';
import type { StateGraph } from '../analysis/state-graph';
import type { RuntimeScenario } from '../runtime/runtime-scenario';
import type { Rubric } from '../schema/rubric';

/** Lowest and highest evidence sum a complete run can reach for one competency. */
export interface Bound {
  min: number;
  max: number;
}

/**
 * A scenario ready to run: the document, lookup tables, the XState machine and its JSON config
 * (paste `machineConfig` into the Stately visualiser), the reachable state graph and the score bounds.
 */
export interface CompiledScenario extends RuntimeScenario {
  rubric: Rubric;
  machine: AnyStateMachine;
  machineConfig: Record<string, unknown>;
  /** Per competency the scenario carries evidence for. */
  bounds: Record<string, Bound>;
  graph: StateGraph;
}
