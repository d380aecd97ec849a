import type { Effects, Scenario } from '../schema/scenario';

/**
 * Apply effects: meter deltas are added then clamped to the meter's [min, max]; flags are set.
 * Returns new objects (the inputs are not mutated).
 *
 * @example
 * applyEffects(scenario, { trust: 95 }, {}, { meters: { trust: 10 } }).meters.trust // => 100
 */
export function applyEffects(
  scenario: Scenario,
  meters: Record<string, number>,
  flags: Record<string, boolean>,
  effects: Effects | undefined,
): { meters: Record<string, number>; flags: Record<string, boolean> } {
  if (!effects) return { meters, flags };
  let m = meters;
  if (effects.meters) {
    m = { ...meters };
    for (const [id, delta] of Object.entries(effects.meters)) {
      const def = scenario.meters[id];
      const v = (m[id] ?? 0) + delta;
      m[id] = def ? Math.min(def.max, Math.max(def.min, v)) : v;
    }
  }
  const f = effects.flags ? { ...flags, ...effects.flags } : flags;
  return { meters: m, flags: f };
}
