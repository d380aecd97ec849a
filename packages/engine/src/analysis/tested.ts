import type { Condition } from '../schema/condition';
import type { Scenario } from '../schema/scenario';

/** What the conditions that steer the conversation (choice, next and interruption guards) look at. */
export interface Tested {
  meters: Set<string>;
  flags: Set<string>;
  chose: Set<string>;
  visited: Set<string>;
  /** Decision counts at or above this behave alike for every condition. */
  decisionCap: number;
  /** Per tested meter, the thresholds guards compare it with (sorted): they cut its range into buckets. */
  cuts: Map<string, number[]>;
}

function walk(c: Condition, t: Tested, scenario: Scenario): void {
  if ('meter' in c) {
    t.meters.add(c.meter);
    const cuts = t.cuts.get(c.meter) ?? [];
    for (const v of [c.atLeast, c.below]) if (v !== undefined && !cuts.includes(v)) cuts.push(v);
    t.cuts.set(
      c.meter,
      cuts.sort((a, b) => a - b),
    );
  } else if ('flag' in c) t.flags.add(c.flag);
  else if ('affect' in c) {
    for (const s of scenario.affect?.states ?? []) if (s.when) walk(s.when, t, scenario);
  } else if ('chose' in c) t.chose.add(c.chose);
  else if ('visited' in c) t.visited.add(c.visited);
  else if ('decisions' in c) {
    t.decisionCap = Math.max(t.decisionCap, c.decisions.atLeast ?? 0, c.decisions.below ?? 0);
  } else if ('all' in c) for (const x of c.all) walk(x, t, scenario);
  else if ('any' in c) for (const x of c.any) walk(x, t, scenario);
  else walk(c.not, t, scenario);
}

/**
 * Collect the state that can change where the conversation goes. Line conditions are left out:
 * they change words, not paths, so they must not multiply the explored states.
 *
 * @example
 * testedBy(scenario).meters // => Set { 'trust' }
 */
export function testedBy(scenario: Scenario): Tested {
  const t: Tested = {
    meters: new Set(),
    flags: new Set(),
    chose: new Set(),
    visited: new Set(),
    decisionCap: 0,
    cuts: new Map(),
  };
  const beats = (b: Scenario['phases'][string]['beats']) => {
    for (const beat of Object.values(b)) {
      for (const c of beat.choices) {
        if (c.when) walk(c.when, t, scenario);
        if (typeof c.next !== 'string') for (const n of c.next) if (n.when) walk(n.when, t, scenario);
      }
    }
  };
  for (const phase of Object.values(scenario.phases)) {
    beats(phase.beats);
    for (const int of Object.values(phase.interruptions ?? {})) {
      walk(int.when, t, scenario);
      beats(int.beats);
    }
  }
  return t;
}
