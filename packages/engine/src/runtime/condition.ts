import type { Condition } from '../schema/condition';
import type { Scenario } from '../schema/scenario';
import { affectOf } from './affect';

/** What a condition can look at. */
export interface ConditionContext {
  meters: Record<string, number>;
  flags: Record<string, boolean>;
  /** Choice ids made on the effective path. */
  chose: (choiceId: string) => boolean;
  visited: (beatId: string) => boolean;
  decisions: number;
}

/**
 * Evaluate a structured condition. Meter tests: `atLeast` is inclusive, `below` is strict.
 * `{ flag: x }` means `is: true`. `{ chose: id }` holds when a choice with that id was made anywhere
 * on the effective path; `{ visited: beat }` when the beat was entered; `{ decisions: {...} }` counts decisions.
 *
 * @example
 * evaluate(scenario, { all: [{ meter: 'trust', atLeast: 40 }, { flag: 'rosaInRoom', is: false }] }, ctx)
 */
export function evaluate(scenario: Scenario, c: Condition, ctx: ConditionContext): boolean {
  if ('meter' in c) {
    const v = ctx.meters[c.meter] ?? 0;
    return (c.atLeast === undefined || v >= c.atLeast) && (c.below === undefined || v < c.below);
  }
  if ('flag' in c) return (ctx.flags[c.flag] ?? false) === (c.is ?? true);
  if ('affect' in c) return affectOf(scenario, ctx.meters) === c.affect;
  if ('chose' in c) return ctx.chose(c.chose);
  if ('visited' in c) return ctx.visited(c.visited);
  if ('decisions' in c) {
    const d = c.decisions;
    return (
      (d.atLeast === undefined || ctx.decisions >= d.atLeast) &&
      (d.below === undefined || ctx.decisions < d.below)
    );
  }
  if ('all' in c) return c.all.every((x) => evaluate(scenario, x, ctx));
  if ('any' in c) return c.any.some((x) => evaluate(scenario, x, ctx));
  return !evaluate(scenario, c.not, ctx);
}
