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
  /** Beats entered on the way in (an interrupted beat and the interruption's first beat), over all arrivals. */
  entered: string[];
  /** A real run state that reaches this node (path and visited trimmed to what conditions test). */
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
  /** True when meters were kept exact; false when they were bucketed by the thresholds guards test. */
  exact: boolean;
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

function bucket(v: number, cuts: number[]): number {
  let i = 0;
  while (i < cuts.length && v >= (cuts[i] ?? 0)) i++;
  return i;
}

function keyOf(s: RunState, t: Tested, meters: string[], flags: string[], exact: boolean): string {
  // An ending has no future: one node per ending.
  if (s.status === 'ended') return `ended|${s.endingId ?? ''}`;
  let k = `${s.status}|${s.beatId}|${s.returnTo ?? ''}|${s.session ?? ''}|${s.firedInterruptions.join(',')}|`;
  for (const m of meters) {
    const v = s.meters[m] ?? 0;
    k += `${exact ? v : bucket(v, t.cuts.get(m) ?? [])},`;
  }
  k += '|';
  for (const f of flags) k += s.flags[f] ? '1' : '0';
  k += '|';
  for (const p of s.path) k += `${p.choiceId},`;
  k += `|${s.visited.join(',')}|${Math.min(s.path.length, t.decisionCap)}`;
  return k;
}

function explore(rs: RuntimeScenario, tested: Tested, exact: boolean, maxStates: number): StateGraph {
  const meters = [...tested.meters].sort();
  const flags = [...tested.flags].sort();
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const out: number[][] = [];
  const parent: number[] = [];
  const byKey = new Map<string, number>();
  const edgeKeys = new Set<string>();
  // Per node, the lowest and highest value of each tested meter among the witnesses expanded so far.
  const lo: number[][] = [];
  const hi: number[][] = [];
  const work: [number, RunState][] = [];
  let truncated = false;

  const arrive = (raw: RunState, parentEdge: number): number => {
    const s = trim(raw, tested);
    const key = keyOf(s, tested, meters, flags, exact);
    const found = byKey.get(key);
    const values = meters.map((m) => s.meters[m] ?? 0);
    if (found !== undefined) {
      if (exact || s.status !== 'active') return found;
      // Bucketed: expand this witness too when it stretches a meter's range (an extreme is a real state).
      const l = lo[found] ?? [];
      const h = hi[found] ?? [];
      let wider = false;
      values.forEach((v, i) => {
        if (v < (l[i] ?? v)) {
          l[i] = v;
          wider = true;
        }
        if (v > (h[i] ?? v)) {
          h[i] = v;
          wider = true;
        }
      });
      if (wider) work.push([found, s]);
      const node = nodes[found];
      if (node) for (const b of raw.arrival?.beats ?? []) if (!node.entered.includes(b)) node.entered.push(b);
      return found;
    }
    const id = nodes.length;
    byKey.set(key, id);
    nodes.push({
      key,
      beatId: s.beatId,
      endingId: s.endingId,
      entered: [...(raw.arrival?.beats ?? [])],
      state: s,
      deadEnd: false,
    });
    out.push([]);
    parent.push(parentEdge);
    lo.push([...values]);
    hi.push([...values]);
    if (s.status === 'active') work.push([id, s]);
    return id;
  };

  arrive(startRun(rs, { seed: 0, mode: 'coach' }), -1);
  let budget = maxStates * 4;
  for (let w = 0; w < work.length; w++) {
    const item = work[w];
    if (!item) continue;
    const [i, state] = item;
    const node = nodes[i];
    if (!node) continue;
    if (nodes.length >= maxStates || --budget <= 0) {
      truncated = true;
      break;
    }
    const choices = availableChoices(rs, state);
    if (choices.length === 0) node.deadEnd = true;
    for (const choice of choices) {
      const next = takeChoice(rs, state, choice);
      const to = arrive(next, edges.length);
      const ek = `${i}|${choice.id}|${to}`;
      if (edgeKeys.has(ek)) continue;
      edgeKeys.add(ek);
      out[i]?.push(edges.length);
      edges.push({
        from: i,
        to,
        beatId: node.beatId,
        choiceId: choice.id,
        returned: next.arrival?.resumed ?? false,
      });
    }
  }
  return { nodes, edges, out, parent, exact, truncated, tested };
}

/**
 * Explore every reachable state once (breadth first), not every path. A state is the beat plus what
 * some guard can test: meters, flags, chosen/visited facts, a capped decision count, and interruption
 * bookkeeping (fired, where to return, session). Meters and flags no guard tests are left out.
 *
 * First with exact meter values (exact bounds and reachability) within `exactBudget` states; when a
 * scenario has more, meters are bucketed by the thresholds guards test, and each bucketed state expands
 * the real runs that stretch its meters' ranges (the lowest and highest value seen per meter). Every
 * state and dead end found is then still real; reachability can miss a route that only a middle value
 * takes, and score bounds may be loose. `exact` says which happened; `truncated` says the cap was hit.
 *
 * @example
 * const g = exploreStates(compiled); g.nodes.length; g.exact;
 */
export function exploreStates(
  rs: RuntimeScenario,
  options: { maxStates?: number; exactBudget?: number } = {},
): StateGraph {
  const tested = testedBy(rs.scenario);
  const maxStates = options.maxStates ?? 200_000;
  const exactBudget = Math.min(maxStates, options.exactBudget ?? 5_000);
  const exact = explore(rs, tested, true, exactBudget);
  if (!exact.truncated) return exact;
  return explore(rs, tested, false, maxStates);
}
