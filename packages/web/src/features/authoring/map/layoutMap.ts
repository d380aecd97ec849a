import type { TFunction } from 'i18next';
import type { MapModel, MapNode } from '../checker/checkTypes';

export const NODE_W = 170;
export const NODE_H = 52;
const GAP_X = 48;
const GAP_Y = 18;
const GROUP_PAD = 14;
const GROUP_HEAD = 26;

export interface PlacedNode extends MapNode {
  x: number;
  y: number;
}
export interface PlacedGroup {
  id: string;
  /** The phase's title from the scenario; empty for the endings box, which the map names itself. */
  title: string;
  /** The last box, holding the endings (not a phase). */
  endings?: true | undefined;
  timeSkip?: string | undefined;
  x: number;
  y: number;
  w: number;
  h: number;
}
export interface MapLayout {
  nodes: PlacedNode[];
  groups: PlacedGroup[];
  width: number;
  height: number;
}

/**
 * A small layered layout (see docs/adr/0005): each phase is a block of columns, left to right in file
 * order, and endings are a last block; inside a block a node's column is its distance from the start
 * (breadth first over choices) minus the block's smallest, so a phase reads left to right. Unreachable
 * nodes go in an extra column at the end of their block. Rows keep file order. Linear in nodes and edges.
 *
 * @example
 * const { nodes, width } = layoutMap(model); nodes[0].x // 14
 */
export function layoutMap(model: MapModel): MapLayout {
  const next = new Map<string, string[]>();
  for (const e of model.edges) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  // Interruptions start from any beat of their phase: reach their first beat from the phase's beats.
  for (const g of model.groups)
    for (const i of g.interruptions)
      for (const n of model.nodes)
        if (n.phaseId === g.id && !n.interruptionId) next.set(n.id, [...(next.get(n.id) ?? []), i.startBeat]);
  const depth = new Map<string, number>();
  const start = model.nodes.find((n) => n.start);
  if (start) {
    depth.set(start.id, 0);
    const queue = [start.id];
    for (let i = 0; i < queue.length; i++) {
      const id = queue[i] as string;
      for (const to of next.get(id) ?? [])
        if (!depth.has(to)) {
          depth.set(to, (depth.get(id) ?? 0) + 1);
          queue.push(to);
        }
    }
  }
  const blocks: {
    id: string;
    title: string;
    timeSkip?: string | undefined;
    endings?: true;
    members: MapNode[];
  }[] = [
    ...model.groups.map((g) => ({
      id: g.id,
      title: g.title,
      timeSkip: g.timeSkip,
      members: model.nodes.filter((n) => n.kind === 'beat' && n.phaseId === g.id),
    })),
    { id: 'endings', title: '', endings: true, members: model.nodes.filter((n) => n.kind === 'ending') },
  ];
  const nodes: PlacedNode[] = [];
  const groups: PlacedGroup[] = [];
  let x0 = GROUP_PAD;
  let height = 0;
  for (const block of blocks) {
    if (block.members.length === 0) continue;
    const known = block.members.map((n) => depth.get(n.id)).filter((d): d is number => d !== undefined);
    const min = known.length > 0 ? Math.min(...known) : 0;
    const lastKnown = known.length > 0 ? Math.max(...known) - min : -1;
    const columns = new Map<number, MapNode[]>();
    for (const n of block.members) {
      const d = depth.get(n.id);
      const col = block.endings ? 0 : d === undefined ? lastKnown + 1 : d - min;
      columns.set(col, [...(columns.get(col) ?? []), n]);
    }
    const columnCount = Math.max(...columns.keys()) + 1;
    let rows = 0;
    for (const [col, members] of columns) {
      members.forEach((n, row) => {
        nodes.push({
          ...n,
          x: x0 + GROUP_PAD + col * (NODE_W + GAP_X),
          y: GROUP_PAD + GROUP_HEAD + row * (NODE_H + GAP_Y),
        });
      });
      rows = Math.max(rows, members.length);
    }
    const w = columnCount * NODE_W + (columnCount - 1) * GAP_X + 2 * GROUP_PAD;
    const h = GROUP_HEAD + rows * NODE_H + (rows - 1) * GAP_Y + 2 * GROUP_PAD;
    groups.push({
      id: block.id,
      title: block.title,
      timeSkip: block.timeSkip,
      endings: block.endings,
      x: x0,
      y: GROUP_PAD,
      w,
      h,
    });
    height = Math.max(height, h + 2 * GROUP_PAD);
    x0 += w + GAP_X;
  }
  return { nodes, groups, width: x0, height };
}

/**
 * The node whose declaration holds `line`: the last node declared at or above it.
 *
 * @example
 * nodeAtLine(model.nodes, 60)?.id // 'arrival'
 */
export function nodeAtLine(nodes: readonly MapNode[], line: number): MapNode | undefined {
  let found: MapNode | undefined;
  for (const n of nodes) if (n.line <= line && (!found || n.line > found.line)) found = n;
  return found;
}

/**
 * What a node is, in words (the map never relies on colour alone), in the language of `t`. `start: false`
 * leaves out "start" (the map box of an ending does not need it).
 *
 * @example
 * nodeLabels(arrival, i18next.t); // ['start', 'best path'] in English, ['inicio', 'mejor camino'] in Spanish
 */
export function nodeLabels(n: MapNode, t: TFunction, { start = true } = {}): string[] {
  const labels: string[] = [];
  if (n.start && start) labels.push(t('authoring.map.label.start'));
  if (n.interruptionId) labels.push(t('authoring.map.label.interruption', { id: n.interruptionId }));
  if (n.kind === 'ending')
    labels.push(
      t('authoring.map.label.ending', { outcome: n.outcome ? t(`authoring.map.outcome.${n.outcome}`) : '' }),
    );
  if (!n.reachable) labels.push(t('authoring.map.label.unreachable'));
  if (n.deadEnd) labels.push(t('authoring.map.label.deadEnd'));
  if (n.onBestPath) labels.push(t('authoring.map.label.bestPath'));
  return labels;
}
