import { applyStep, type CompiledScenario, compactLog, type RunState, startRun } from '@doorway/engine';
import { createRegistry } from '@doorway/scenarios';
import { describe, expect, it } from 'vitest';

// SCORM 1.2 keeps at most 4,096 characters of cmi.suspend_data. The package saves
// `d1.<10 hex>.<compact log>`: this checks the longest run any shipped scenario allows.
const SCORM12_SUSPEND_LIMIT = 4096;
const registry = createRegistry();

/** The longest decision sequence through the state graph (it must be acyclic: a loop is unbounded). */
function longestPath(c: CompiledScenario): { beatId: string; choiceId: string }[] {
  const { graph } = c;
  const memo = new Map<number, { beatId: string; choiceId: string }[]>();
  const onStack = new Set<number>();
  const visit = (node: number): { beatId: string; choiceId: string }[] => {
    const hit = memo.get(node);
    if (hit) return hit;
    if (onStack.has(node)) throw new Error(`${c.scenario.id}: the state graph has a loop`);
    onStack.add(node);
    let best: { beatId: string; choiceId: string }[] = [];
    for (const e of graph.out[node] ?? []) {
      const edge = graph.edges[e];
      if (!edge) continue;
      const rest = visit(edge.to);
      if (rest.length + 1 > best.length) best = [{ beatId: edge.beatId, choiceId: edge.choiceId }, ...rest];
    }
    onStack.delete(node);
    memo.set(node, best);
    return best;
  };
  return visit(0);
}

describe('SCORM 1.2 suspend data fits for every shipped scenario', () => {
  for (const entry of registry.list()) {
    it(`${entry.id}: the longest run's progress is within ${SCORM12_SUSPEND_LIMIT} characters`, () => {
      const c = entry.compiled;
      const path = longestPath(c);
      let state: RunState = startRun(c, { seed: 2 ** 31 - 1, mode: 'assessment' });
      // The graph's states are abstract (meters bucketed): follow the path while the real run accepts it.
      for (const p of path) {
        const next = applyStep(c, state, { kind: 'choice', beatId: state.beatId, choiceId: p.choiceId });
        if (!next.ok) break;
        state = next.value;
      }
      const progress = `d1.${entry.contentHash.slice(0, 10)}.${compactLog(c, state)}`;
      // One character per decision after a fixed head of at most 30 characters.
      expect(progress.length).toBeLessThanOrEqual(30 + state.path.length);
      expect(30 + path.length + 1).toBeLessThanOrEqual(SCORM12_SUSPEND_LIMIT);
    });
  }
});
