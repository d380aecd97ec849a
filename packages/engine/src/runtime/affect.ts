import type { Scenario } from '../schema/scenario';
import { meterTest } from './meter-test';

/**
 * The survivor's affect now: the first affect state whose `when` holds, else the last one.
 * Affect conditions may only test meters (validation enforces it), so this needs meters alone.
 *
 * @example
 * affectOf(scenario, { trust: 10 }) // => 'shut-down'
 */
export function affectOf(scenario: Scenario, meters: Record<string, number>): string | undefined {
  const affect = scenario.affect;
  if (!affect) return undefined;
  for (const s of affect.states) {
    if (!s.when || meterTest(s.when, meters)) return s.id;
  }
  return affect.states[affect.states.length - 1]?.id;
}
