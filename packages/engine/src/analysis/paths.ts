import type { RuntimeScenario } from '../runtime/runtime-scenario';
import type { Choice } from '../schema/scenario';
import type { StateGraph } from './state-graph';

export type Decision = { beatId: string; choiceId: string };

/** The decisions from the start to a node, along BFS parents (a shortest path). */
export function pathTo(graph: StateGraph, node: number): Decision[] {
  const out: Decision[] = [];
  let cur = node;
  for (let guard = 0; guard <= graph.nodes.length; guard++) {
    const e = graph.parent[cur] ?? -1;
    if (e < 0) break;
    const edge = graph.edges[e];
    if (!edge) break;
    out.push({ beatId: edge.beatId, choiceId: edge.choiceId });
    cur = edge.from;
  }
  return out.reverse();
}

const rank = (c: Choice | undefined) => (c?.verdict === 'best' ? 0 : c?.verdict === 'acceptable' ? 1 : 2);

/**
 * Follow the best-verdict choice at each state (the first `best` offered, else the first acceptable,
 * else the first) until an ending, a dead end, or a state already seen (`loops`).
 *
 * @example
 * bestPathOf(compiled, graph) // => { steps: [...], endingId: 'door-open', loops: false }
 */
export function bestPathOf(
  rs: RuntimeScenario,
  graph: StateGraph,
): { steps: Decision[]; endingId?: string | undefined; loops: boolean } {
  const steps: Decision[] = [];
  const seen = new Set<number>();
  let node = 0;
  while (graph.nodes[node]) {
    const n = graph.nodes[node];
    if (!n || n.endingId !== undefined) return { steps, endingId: n?.endingId, loops: false };
    if (seen.has(node)) return { steps, loops: true };
    seen.add(node);
    const edges = (graph.out[node] ?? []).map((e) => graph.edges[e]).filter((e) => e !== undefined);
    let best: (typeof edges)[number] | undefined;
    for (const e of edges) {
      const c = rs.index.beats.get(e.beatId)?.choices.get(e.choiceId);
      const b = best ? rs.index.beats.get(best.beatId)?.choices.get(best.choiceId) : undefined;
      if (!best || rank(c) < rank(b)) best = e;
    }
    if (!best) return { steps, loops: false };
    steps.push({ beatId: best.beatId, choiceId: best.choiceId });
    node = best.to;
  }
  return { steps, loops: false };
}
