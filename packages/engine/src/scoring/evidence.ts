import type { RuntimeScenario } from '../runtime/runtime-scenario';

/**
 * Evidence earned along a path: every decision counts, repeats included (so a sum is exactly what
 * the state-graph analysis adds up for loop-free scenarios; see `computeBounds` for loops).
 *
 * @example
 * evidenceOf(compiled, state.path).get('safety') // => [{ beatId, choiceId, amount }]
 */
export function evidenceOf(
  rs: RuntimeScenario,
  path: { beatId: string; choiceId: string }[],
): Map<string, { beatId: string; choiceId: string; amount: number }[]> {
  const out = new Map<string, { beatId: string; choiceId: string; amount: number }[]>();
  for (const p of path) {
    const choice = rs.index.beats.get(p.beatId)?.choices.get(p.choiceId);
    for (const [comp, amount] of Object.entries(choice?.evidence ?? {})) {
      if (amount === 0) continue;
      let list = out.get(comp);
      if (!list) {
        list = [];
        out.set(comp, list);
      }
      list.push({ beatId: p.beatId, choiceId: p.choiceId, amount });
    }
  }
  return out;
}

/**
 * Place a sum between the scenario's bounds as 0..100 (clamped: an exited run can fall below `min`).
 * When min == max every complete run earns the same, so the score is 100.
 *
 * @example
 * scoreOf(3, { min: -2, max: 8 }) // => 50
 */
export function scoreOf(sum: number, bound: { min: number; max: number }): number {
  if (bound.max === bound.min) return 100;
  const raw = Math.round(((sum - bound.min) / (bound.max - bound.min)) * 100);
  return Math.min(100, Math.max(0, raw));
}
