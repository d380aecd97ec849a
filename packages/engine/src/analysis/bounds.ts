import type { Bound } from '../compile/compiled-scenario';
import type { RuntimeScenario } from '../runtime/runtime-scenario';
import { scc } from './scc';
import type { StateGraph } from './state-graph';

export interface BoundsResult {
  bounds: Record<string, Bound>;
  /** Distinct choice sequences from the start to an ending, at most `pathCap`. */
  pathCount: number;
  pathCountCapped: boolean;
  /** Moves with evidence inside a loop of the state graph (a trainee can repeat them), in graph order. */
  loopMoves: { beatId: string; choiceId: string }[];
}

/**
 * Lowest and highest evidence sum per competency over complete runs (start to an ending), by dynamic
 * programming over the strongly connected components of the state graph, in one linear pass.
 *
 * Exact when the state graph has no cycle (revisiting a beat with different meters or flags is not a
 * cycle). Loops (a component with a cycle) are bounded, not unrolled: the highest sum takes every
 * distinct (beat, choice) move of the loop with a positive amount once, the lowest every negative
 * one once. A run that goes round a loop again and again can leave these bounds; its score is then
 * clamped to 0..100. When no ending is reachable, dead ends count as the ends of runs.
 *
 * @example
 * computeBounds(compiled, graph, ['safety']).bounds.safety // => { min: -3, max: 4 }
 */
export function computeBounds(
  rs: RuntimeScenario,
  graph: StateGraph,
  competencies: string[],
  pathCap = 1_000_000,
): BoundsResult {
  const n = graph.nodes.length;
  const K = competencies.length;
  const succ = graph.out.map((es) => es.map((e) => graph.edges[e]?.to ?? 0));
  const { comp, count } = scc(n, succ);
  const evidence = graph.edges.map((e) => {
    const c = rs.index.beats.get(e.beatId)?.choices.get(e.choiceId);
    return competencies.map((k) => c?.evidence[k] ?? 0);
  });

  const anyEnding = graph.nodes.some((nd) => nd.state.status === 'ended');
  const terminal = new Uint8Array(count);
  graph.nodes.forEach((nd, i) => {
    if (anyEnding ? nd.state.status === 'ended' : nd.deadEnd) terminal[comp[i] ?? 0] = 1;
  });

  const gainHi = new Float64Array(count * K);
  const gainLo = new Float64Array(count * K);
  const cyclic = new Uint8Array(count);
  const size = new Uint32Array(count);
  for (const c of comp) size[c] = (size[c] ?? 0) + 1;
  const seenInside = new Set<string>();
  const loopMoves = new Map<string, { beatId: string; choiceId: string }>();
  const external: number[][] = Array.from({ length: count }, () => []);
  graph.edges.forEach((e, ei) => {
    const cf = comp[e.from] ?? 0;
    const ct = comp[e.to] ?? 0;
    if (cf !== ct) {
      external[cf]?.push(ei);
      return;
    }
    cyclic[cf] = 1;
    const key = `${cf}|${e.beatId}|${e.choiceId}`;
    if (seenInside.has(key)) return;
    seenInside.add(key);
    const ev = evidence[ei] ?? [];
    if (ev.some((v) => v !== 0))
      loopMoves.set(`${e.beatId}|${e.choiceId}`, { beatId: e.beatId, choiceId: e.choiceId });
    for (let k = 0; k < K; k++) {
      const v = ev[k] ?? 0;
      if (v > 0) gainHi[cf * K + k] = (gainHi[cf * K + k] ?? 0) + v;
      if (v < 0) gainLo[cf * K + k] = (gainLo[cf * K + k] ?? 0) + v;
    }
  });

  // Successors have smaller component numbers, so ascending order visits them first.
  const hi = new Float64Array(count * K).fill(Number.NEGATIVE_INFINITY);
  const lo = new Float64Array(count * K).fill(Number.POSITIVE_INFINITY);
  const paths = new Float64Array(count);
  for (let c = 0; c < count; c++) {
    if (terminal[c]) {
      for (let k = 0; k < K; k++) {
        hi[c * K + k] = 0;
        lo[c * K + k] = 0;
      }
      paths[c] = 1;
    }
    for (const ei of external[c] ?? []) {
      const d = comp[graph.edges[ei]?.to ?? 0] ?? 0;
      paths[c] = Math.min(pathCap, (paths[c] ?? 0) + (paths[d] ?? 0));
      const ev = evidence[ei] ?? [];
      for (let k = 0; k < K; k++) {
        const v = ev[k] ?? 0;
        hi[c * K + k] = Math.max(hi[c * K + k] ?? 0, v + (hi[d * K + k] ?? 0));
        lo[c * K + k] = Math.min(lo[c * K + k] ?? 0, v + (lo[d * K + k] ?? 0));
      }
    }
    if (cyclic[c] && (paths[c] ?? 0) > 0) paths[c] = pathCap;
    for (let k = 0; k < K; k++) {
      hi[c * K + k] = (hi[c * K + k] ?? 0) + (gainHi[c * K + k] ?? 0);
      lo[c * K + k] = (lo[c * K + k] ?? 0) + (gainLo[c * K + k] ?? 0);
    }
  }
  const start = comp[0] ?? 0;
  const bounds: Record<string, Bound> = {};
  competencies.forEach((id, k) => {
    const max = hi[start * K + k] ?? 0;
    const min = lo[start * K + k] ?? 0;
    bounds[id] = Number.isFinite(max) && Number.isFinite(min) ? { min, max } : { min: 0, max: 0 };
  });
  const pathCount = n > 0 ? (paths[start] ?? 0) : 0;
  return { bounds, pathCount, pathCountCapped: pathCount >= pathCap, loopMoves: [...loopMoves.values()] };
}
