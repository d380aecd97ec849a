import type { RuntimeScenario } from '../runtime/runtime-scenario';
import { startRun } from '../runtime/start-run';
import { availableChoices, takeChoice } from '../runtime/transition';
import type { Choice } from '../schema/scenario';
import { keyOf, type StateGraph, trim } from './state-graph';
import { testedBy } from './tested';

export type Decision = { beatId: string; choiceId: string };

/**
 * Decisions that really lead from the start to a node. Exact graphs: a shortest path (BFS parents).
 * Bucketed graphs merge states, so a path through the graph may not be playable: use the trail of the
 * real run that first reached the node instead (short, not always shortest).
 */
export function pathTo(graph: StateGraph, node: number): Decision[] {
  const out: Decision[] = [];
  if (!graph.exact) {
    for (let t = graph.nodes[node]?.trail; t; t = t.prev)
      out.push({ beatId: t.beatId, choiceId: t.choiceId });
    return out.reverse();
  }
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

const rank = (c: Choice) => (c.verdict === 'best' ? 0 : c.verdict === 'acceptable' ? 1 : 2);

/**
 * Play the best-verdict choice at each beat (the first `best` offered, else the first acceptable, else
 * the first) with the runtime itself, until an ending, a dead end, or a state seen before (`loops`).
 *
 * @example
 * bestPathOf(compiled) // => { steps: [...], endingId: 'door-open', loops: false }
 */
export function bestPathOf(rs: RuntimeScenario): {
  steps: Decision[];
  endingId?: string | undefined;
  loops: boolean;
} {
  const steps: Decision[] = [];
  const seen = new Set<string>();
  const tested = testedBy(rs.scenario);
  const meters = Object.keys(rs.scenario.meters).sort();
  const flags = Object.keys(rs.scenario.flags).sort();
  // States are trimmed to what guards read, as in exploration: the history does not grow with the path,
  // and a state seen before (same beat, every meter and flag, same facts) means the best play loops.
  let s = trim(startRun(rs, { seed: 0, mode: 'coach' }), tested);
  while (s.status === 'active') {
    const key = keyOf(s, tested, meters, flags, true);
    if (seen.has(key)) return { steps, loops: true };
    seen.add(key);
    const choices = availableChoices(rs, s);
    let best: Choice | undefined;
    for (const c of choices) if (!best || rank(c) < rank(best)) best = c;
    if (!best) return { steps, loops: false };
    steps.push({ beatId: s.beatId, choiceId: best.id });
    s = trim(takeChoice(rs, s, best), tested);
  }
  return { steps, endingId: s.endingId, loops: false };
}
