import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileScenario } from '../compile/compile';
import { generateScenario } from '../fixtures/generate';
import { kitchenSinkRaw } from '../fixtures/kitchen-sink';
import { loadFixture } from '../fixtures/load';
import { testRubric } from '../fixtures/rubric';
import { replay } from '../runtime/replay';
import { validateScenario } from '../validate/validate-scenario';
import { analyze } from './analyze';
import { computeBounds } from './bounds';
import { exploreStates } from './state-graph';

describe('exploreStates', () => {
  it('keeps meters exact while the scenario is small', () => {
    const c = loadFixture(kitchenSinkRaw);
    expect(c.graph.exact).toBe(true);
    expect(c.graph.truncated).toBe(false);
    // One node per ending, whatever the meters were.
    expect(c.graph.nodes.filter((n) => n.endingId === 'door-open')).toHaveLength(1);
  });
  it('falls back to threshold buckets past the exact budget, with the same reachability and bounds here', () => {
    const c = loadFixture(generateScenario({ beats: 40, seed: 11 }));
    const exact = exploreStates(c, { exactBudget: 100_000 });
    const bucketed = exploreStates(c, { exactBudget: 10 });
    expect(exact.exact).toBe(true);
    expect(bucketed.exact).toBe(false);
    expect(bucketed.nodes.length).toBeLessThan(exact.nodes.length);
    const beats = (g: typeof exact) => new Set(g.nodes.flatMap((n) => n.entered));
    expect(beats(bucketed)).toEqual(beats(exact));
    const comps = c.index.evidenced;
    const be = computeBounds(c, exact, comps).bounds;
    const bb = computeBounds(c, bucketed, comps).bounds;
    for (const k of comps) {
      // Here bucketing keeps or widens the bounds (merged states can join paths that no single run takes).
      expect(bb[k]?.max).toBeGreaterThanOrEqual(be[k]?.max ?? 0);
      expect(bb[k]?.min).toBeLessThanOrEqual(be[k]?.min ?? 0);
    }
  });
  it('says when it stopped at the state cap', () => {
    const c = loadFixture(generateScenario({ beats: 60, seed: 2 }));
    const g = exploreStates(c, { maxStates: 20, exactBudget: 20 });
    expect(g.truncated).toBe(true);
    expect(g.nodes.length).toBeLessThanOrEqual(20);
  });
  it('bucketed: the paths it reports (shortest to each ending, best) are real, playable runs', () => {
    for (const loops of [false, true]) {
      const v = validateScenario(generateScenario({ beats: 40, seed: 9, loops }), testRubric);
      if (!v.ok) throw new Error('invalid');
      const c = compileScenario(v.value, testRubric, { exactBudget: 10 });
      expect(c.graph.exact).toBe(false);
      const a = analyze(c);
      expect(Object.keys(a.shortestPaths).sort()).toEqual(['bad', 'good', 'mixed']);
      for (const [ending, path] of Object.entries(a.shortestPaths)) {
        const steps = path.map((d) => ({ kind: 'choice' as const, ...d }));
        const r = replay(c, { seed: 1, mode: 'coach', steps });
        expect(r.ok && r.value.endingId, `${ending} (loops: ${loops})`).toBe(ending);
      }
      const best = replay(c, {
        seed: 1,
        mode: 'coach',
        steps: a.bestPath.steps.map((d) => ({ kind: 'choice' as const, ...d })),
      });
      expect(best.ok && best.value.endingId).toBe(a.bestPath.endingId);
    }
  });
  it('bucketed agrees with exact on loop-free generated scenarios: reachable beats, dead ends, bounds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 30 }), fc.integer({ min: 0, max: 10_000 }), (beats, seed) => {
        const c = loadFixture(generateScenario({ beats, seed }));
        const exact = exploreStates(c, { exactBudget: 100_000 });
        const bucketed = exploreStates(c, { exactBudget: 1 });
        expect(exact.exact).toBe(true);
        const reach = (g: typeof exact) => [...new Set(g.nodes.flatMap((n) => n.entered))].sort();
        const dead = (g: typeof exact) =>
          [...new Set(g.nodes.filter((n) => n.deadEnd).map((n) => n.beatId))].sort();
        expect(reach(bucketed)).toEqual(reach(exact));
        expect(dead(bucketed)).toEqual(dead(exact));
        const comps = c.index.evidenced;
        expect(computeBounds(c, bucketed, comps).bounds).toEqual(computeBounds(c, exact, comps).bounds);
      }),
      { seed: 20261122, numRuns: 40 },
    );
  });
});
