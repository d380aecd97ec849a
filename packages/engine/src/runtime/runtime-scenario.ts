import type { ScenarioIndex } from '../model/scenario-index';
import type { Scenario } from '../schema/scenario';

/** What the runtime needs from a compiled scenario (a CompiledScenario is one). */
export interface RuntimeScenario {
  scenario: Scenario;
  index: ScenarioIndex;
}
