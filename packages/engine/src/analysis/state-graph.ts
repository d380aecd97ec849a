import type { RuntimeScenario } from '../runtime/runtime-scenario';
import { startRun } from '../runtime/start-run';
import { availableChoices, takeChoice } from '../runtime/transition';
import type { RunState } from '../runtime/types';
import { type Tested, testedBy } from './tested';

/** One reachable abstract state: a beat (or an ending) with the bookkeeping that can change the future. */
export interface GraphNode {
  key: string;
  beatId: string;
  endingId?: string | undefined;
  /** Beats entered on the way in (an interrupted beat and the interruption's first beat). */
  entered: string[];
  /** A representative run state (its path and visited lists are trimmed to what conditions test). */
  state: RunState;
  deadEnd: boolean;
}

export interface GraphEdge {
  from: number;
  to: number;
  beatId: string;
  choiceId: string;
  /** The choice resumed an interrupted beat (`next: return`). */
  returned: boolean;
}

/** The reachable state graph of a scenario. Node 0 is the start. */
export interface StateGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Outgoing edge indexes per node. */
  out: number[][];
  /** BFS parent edge per node (shortest paths), -1 for the start. */
  parent: number[];
  truncated: boolean;
  tested: Tested;
}

const FILLER = { beatId: '', choiceId: '' };

/** Keep only what conditions can test, so representative states stay small and keys stay finite. */
function trim(s: RunState, t: Tested): RunState {
  const path: RunState['path'] = [];
  const seen = new Set<string>();
  for (const p of s.path) {
    if (t.chose.has(p.choiceId) && !seen.has(p.choiceId)) {
      seen.add(p.choiceId);
      path.push(p);
    }
  }
  const decisions = Math.min(s.path.length, t.decisionCap);
  while (path.length < decisions) path.push(FILLER);
  const visited = [...new Set(s.visited.filter((v) => t.visited.has(v)))];
  return { ...s, steps: [], path, visited };
}

function keyOf(s: RunState, t: Tested, meters: string[], flags: string[]): string {
  // An ending has no future: one node per ending.
  if (s.status === 'ended') return `ended|${s.endingId ?? ''}`;
  let k = `${s.status}|${s.endingId ?? ''}|${s.beatId}|${s.returnTo ?? ''}|${s.session ?? ''}|`;
  k += s.firedInterruptions.join(',');
  k += '|';
  for (const m of meters) k += `${s.meters[m] ?? 0},`;
  k += '|';
  for (const f of flags) k += s.flags[f] ? '1' : '0';
  k += '|';
  for (const p of s.path) k += `${p.choiceId},`;
  k += `|${s.visited.join(',')}|${Math.min(s.path.length, t.decisionCap)}`;
  return k;
}

/**
 * Explore every reachable state once (breadth first), not every path: a state is the beat plus the
 * meters, flags, chosen/visited facts and interruption bookkeeping that some guard can test. Meters no
 * guard tests are left out of the key. Meter values are kept exact (clamping makes threshold buckets
 * inexact). Stops at `maxStates` and says so in `truncated`.
 *
 * @example
 * const g = exploreStates(compiled); g.nodes.length;
 */
export function exploreStates(rs: RuntimeScenario, options: { maxStates?: number } = {}): StateGraph {
  const maxStates = options.maxStates ?? 200_000;
  const tested = testedBy(rs.scenario);
  const meters = [...tested.meters].sort();
  const flags = [...tested.flags].sort();
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const out: number[][] = [];
  const parent: number[] = [];
  const byKey = new Map<string, number>();
  let truncated = false;

  const add = (raw: RunState, parentEdge: number): number => {
    const s = trim(raw, tested);
    const key = keyOf(s, tested, meters, flags);
    const found = byKey.get(key);
    if (found !== undefined) return found;
    const id = nodes.length;
    byKey.set(key, id);
    nodes.push({
      key,
      beatId: s.beatId,
      endingId: s.endingId,
      entered: raw.arrival?.beats ?? [],
      state: s,
      deadEnd: false,
    });
    out.push([]);
    parent.push(parentEdge);
    return id;
  };

  add(startRun(rs, { seed: 0, mode: 'coach' }), -1);
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (node?.state.status !== 'active') continue;
    const choices = availableChoices(rs, node.state);
    if (choices.length === 0) node.deadEnd = true;
    for (const choice of choices) {
      if (nodes.length >= maxStates) {
        truncated = true;
        break;
      }
      const next = takeChoice(rs, node.state, choice);
      const edgeId = edges.length;
      const to = add(next, edgeId);
      edges.push({
        from: i,
        to,
        beatId: node.beatId,
        choiceId: choice.id,
        returned: next.arrival?.resumed ?? false,
      });
      out[i]?.push(edgeId);
    }
  }
  return { nodes, edges, out, parent, truncated, tested };
}
