import type { RuntimeScenario } from '../runtime/runtime-scenario';
import { startRun } from '../runtime/start-run';
import { availableChoices, takeChoice } from '../runtime/transition';
import type { RunState } from '../runtime/types';
import { MinHeap } from '../util/min-heap';
import { type Tested, testedBy } from './tested';

/** The decisions of a real run, newest first (a persistent list: extending it costs nothing). */
export interface Trail {
  prev: Trail | undefined;
  beatId: string;
  choiceId: string;
}

/** One reachable abstract state: a beat (or an ending) with the bookkeeping that can change the future. */
export interface GraphNode {
  key: string;
  beatId: string;
  endingId?: string | undefined;
  /** Beats entered on the way in (an interrupted beat and the interruption's first beat), over all arrivals. */
  entered: string[];
  /** A real run state that reaches this node (path and visited trimmed to what conditions test). */
  state: RunState;
  /** The decisions of the real run that first reached this node (undefined for the start). */
  trail: Trail | undefined;
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
  /** Real run states expanded (each state once in exact mode; extremes may re-expand a bucketed state). */
  expansions: number;
}

const FILLER = { beatId: '', choiceId: '' };

const NO_PATH: RunState['path'] = [];
const NO_STRINGS: string[] = [];
const NO_STEPS: RunState['steps'] = [];

/**
 * Keep only what conditions can test, so representative states stay small and keys stay finite.
 * The shared empty arrays are safe: the runtime never mutates a state's arrays, it copies them.
 */
export function trim(s: RunState, t: Tested): RunState {
  const decisions = Math.min(s.path.length, t.decisionCap);
  let path = NO_PATH;
  if (t.chose.size > 0 || decisions > 0) {
    path = [];
    const seen = new Set<string>();
    for (const p of s.path) {
      if (t.chose.has(p.choiceId) && !seen.has(p.choiceId)) {
        seen.add(p.choiceId);
        path.push(p);
      }
    }
    while (path.length < decisions) path.push(FILLER);
  }
  const visited = t.visited.size > 0 ? [...new Set(s.visited.filter((v) => t.visited.has(v)))] : NO_STRINGS;
  return { ...s, steps: NO_STEPS, path, visited };
}

function bucket(v: number, cuts: number[]): number {
  let i = 0;
  while (i < cuts.length && v >= (cuts[i] ?? 0)) i++;
  return i;
}

export function keyOf(s: RunState, t: Tested, meters: string[], flags: string[], exact: boolean): string {
  // An ending has no future: one node per ending.
  if (s.status === 'ended') return `ended|${s.endingId ?? ''}`;
  let k = `${s.status}|${s.beatId}|${s.returnTo ?? ''}|${s.session ?? ''}|${[...s.firedInterruptions].sort().join(',')}|`;
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
  const byKey = new Map<string, number>();
  const edgeKeys = new Set<string>();
  // Per node: the lowest and highest value of each tested meter seen, and the real states still to expand
  // (slot 2m holds the witness of meter m's low end, 2m+1 its high end; exact mode uses slot 0).
  const lo: number[][] = [];
  const hi: number[][] = [];
  const pending: (RunState | undefined)[][] = [];
  const queued: boolean[] = [];
  // Authoring order is close to the flow of a conversation: expanding earlier beats first lets ranges
  // settle before later beats are expanded, so few states are expanded twice.
  // An interruption's beats rank just after the beat they interrupted, not after the whole phase.
  const rank = (id: number) => {
    const s = nodes[id]?.state;
    const at = rs.index.beats.get(s?.returnTo ?? s?.beatId ?? '')?.order ?? 0;
    return at * 2 + (s?.returnTo !== undefined ? 1 : 0);
  };
  const queue = new MinHeap(rank);
  let truncated = false;

  const schedule = (id: number, slot: number, s: RunState) => {
    const p = pending[id];
    if (!p) return;
    p[slot] = s;
    if (!queued[id]) {
      queued[id] = true;
      queue.push(id);
    }
  };

  const trails = new WeakMap<RunState, Trail>();
  const arrive = (raw: RunState, trail: Trail | undefined): number => {
    const s = trim(raw, tested);
    if (trail) trails.set(s, trail);
    const key = keyOf(s, tested, meters, flags, exact);
    const found = byKey.get(key);
    const values = meters.map((m) => s.meters[m] ?? 0);
    if (found !== undefined) {
      const node = nodes[found];
      if (node) for (const b of raw.arrival?.beats ?? []) if (!node.entered.includes(b)) node.entered.push(b);
      if (exact || s.status !== 'active') return found;
      // Bucketed: also expand a real state that stretches a meter's range.
      const l = lo[found] ?? [];
      const h = hi[found] ?? [];
      values.forEach((v, i) => {
        if (v < (l[i] ?? v)) {
          l[i] = v;
          schedule(found, 2 * i, s);
        }
        if (v > (h[i] ?? v)) {
          h[i] = v;
          schedule(found, 2 * i + 1, s);
        }
      });
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
      trail,
      deadEnd: false,
    });
    out.push([]);
    lo.push([...values]);
    hi.push([...values]);
    pending.push([]);
    queued.push(false);
    if (s.status === 'active') schedule(id, 0, s);
    return id;
  };

  arrive(startRun(rs, { seed: 0, mode: 'coach' }), undefined);
  let budget = maxStates * 4;
  let expansions = 0;
  for (let i = queue.pop(); i !== undefined; i = queue.pop()) {
    queued[i] = false;
    const node = nodes[i];
    const witnesses = [...new Set(pending[i] ?? [])].filter((w) => w !== undefined);
    pending[i] = [];
    if (!node) continue;
    for (const state of witnesses) {
      if (nodes.length >= maxStates || --budget <= 0) {
        truncated = true;
        break;
      }
      expansions++;
      const choices = availableChoices(rs, state);
      if (choices.length === 0) node.deadEnd = true;
      for (const choice of choices) {
        const next = takeChoice(rs, state, choice);
        const to = arrive(next, { prev: trails.get(state), beatId: state.beatId, choiceId: choice.id });
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
    if (truncated) break;
  }
  return {
    nodes,
    edges,
    out,
    parent: bfsParents(nodes.length, edges, out),
    exact,
    truncated,
    tested,
    expansions,
  };
}

/** Parent edge of each node on a shortest path from node 0 (-1 for the start and unreached nodes). */
function bfsParents(n: number, edges: GraphEdge[], out: number[][]): number[] {
  const parent = new Array<number>(n).fill(-1);
  const seen = new Uint8Array(n);
  seen[0] = 1;
  const queue = [0];
  for (let q = 0; q < queue.length; q++) {
    const v = queue[q] ?? 0;
    for (const e of out[v] ?? []) {
      const to = edges[e]?.to ?? 0;
      if (seen[to]) continue;
      seen[to] = 1;
      parent[to] = e;
      queue.push(to);
    }
  }
  return parent;
}

/**
 * Explore every reachable state once (breadth first), not every path. A state is the beat plus what
 * some guard can test: meters, flags, chosen/visited facts, a capped decision count, and interruption
 * bookkeeping (fired, where to return, session). Meters and flags no guard tests are left out.
 *
 * First with exact meter values (exact bounds and reachability) within `exactBudget` states (default
 * 2 per beat + 200, at most 5,000); when a
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
  // Exact meters cost states; beyond a few per beat, buckets are the better deal.
  const exactBudget = Math.min(
    maxStates,
    options.exactBudget ?? Math.min(5_000, 2 * rs.index.beatOrder.length + 200),
  );
  const exact = explore(rs, tested, true, exactBudget);
  if (!exact.truncated) return exact;
  return explore(rs, tested, false, maxStates);
}
