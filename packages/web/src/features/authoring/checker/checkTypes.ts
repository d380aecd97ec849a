import type { Analysis, Outcome, Rubric, Verdict } from '@doorway/engine';

/** One problem as the loader reports it: 1-based line and column, the field, what is wrong and the fix. */
export interface DraftProblem {
  line: number;
  col: number;
  /** The field, written as authors read it (`phases.opening.beats.arrival.choices[0].next`). */
  field: string;
  severity: 'error' | 'warning';
  rule: string;
  message: string;
  fix: string;
}

/** A beat or an ending on the map. */
export interface MapNode {
  id: string;
  kind: 'beat' | 'ending';
  title: string;
  /** The phase group a beat belongs to (endings have none). */
  phaseId?: string | undefined;
  /** For a beat inside an interruption: which one. */
  interruptionId?: string | undefined;
  start: boolean;
  reachable: boolean;
  deadEnd: boolean;
  onBestPath: boolean;
  outcome?: Outcome | undefined;
  /** Where it is declared (1-based), to jump there from the map. */
  line: number;
}

/** Where a choice leads. */
export interface MapEdge {
  from: string;
  to: string;
  choiceId: string;
  verdict: Verdict;
  /** Taken by the best path. */
  best: boolean;
  /** One of several guarded targets (`next: [{ when, to }]`). */
  conditional: boolean;
  /** Back to the interrupted beat (`next: return`). */
  returns: boolean;
  /** Enters a phase whose session opens with a time skip: that text (time passes on this arrow). */
  timeSkip?: string | undefined;
}

export interface MapGroup {
  id: string;
  title: string;
  /** The session's time skip, shown on entering this phase. */
  timeSkip?: string | undefined;
  interruptions: { id: string; startBeat: string }[];
}

/** The scenario as a graph: phases as groups, beats and endings as nodes, choices as edges. */
export interface MapModel {
  groups: MapGroup[];
  nodes: MapNode[];
  edges: MapEdge[];
}

/** Ids an author may refer to, for completion. */
export interface DeclaredIds {
  beats: string[];
  endings: string[];
  meters: { id: string; min: number; max: number; initial: number }[];
  flags: { id: string; initial: boolean }[];
  cast: string[];
  affect: string[];
  sources: string[];
  competencies: string[];
}

/** Everything one check of a draft's text yields; `map`, `analysis` and `ids` only when it loaded. */
export interface CheckResult {
  problems: DraftProblem[];
  errors: number;
  warnings: number;
  loaded: boolean;
  scenario?: { id: string; version: string; title: string } | undefined;
  map?: MapModel | undefined;
  analysis?: Analysis | undefined;
  /** The test-wise section of `pnpm doorway analyze`, line by line. */
  testWise?: string[] | undefined;
  ids?: DeclaredIds | undefined;
}

/** What the checker needs besides the text: the rubric and the source ids (from the API). */
export interface CheckerSetup {
  rubric: Rubric;
  sources: { documents: unknown[]; guidance: { id: string }[]; references: { key: string }[] };
}

export type CheckerRequest =
  | { type: 'setup'; setup: CheckerSetup }
  | { type: 'check'; id: number; text: string };
export type CheckerResponse =
  | { type: 'result'; id: number; result: CheckResult; ms: number }
  | { type: 'failed'; id: number; message: string };
