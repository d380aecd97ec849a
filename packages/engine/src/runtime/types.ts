import type { Mode, RunStatus, Step } from './run-schemas';

// The shapes a run shows the world are zod schemas (the API validates and documents with them);
// their types are inferred there and re-exported here beside the engine's internal types.
export type { DebriefCompetency, DebriefDecision, DebriefReport } from '../scoring/debrief-schema';
export type { Feedback } from './feedback-schema';
export type { Mode, RunStatus, Step } from './run-schemas';
export type { View, ViewChoice, ViewLine } from './view-schema';

export type ChooseError =
  | { code: 'run_ended'; message: string }
  | { code: 'stale_beat'; message: string }
  | { code: 'choice_not_available'; message: string };

export type RewindError =
  | { code: 'rewind_not_allowed'; message: string }
  | { code: 'invalid_rewind'; message: string };

/** Every refusal `applyStep` can give: the API maps each code to its own words and status. */
export type StepError = ChooseError | RewindError;

/**
 * The closed union of the engine's refusal codes. The API maps it through a table typed by this union,
 * so a code added here does not compile there until it has an HTTP code (with a status and a message).
 *
 * @example
 * const code: EngineErrorCode = 'stale_beat';
 */
export type EngineErrorCode = StepError['code'];

/** A problem found in a scenario: where (path to the field), what, and how to fix it. The loader adds file:line:col. */
export interface Problem {
  severity: 'error' | 'warning';
  path: (string | number)[];
  message: string;
  fix: string;
  /** A stable rule name, for example `unknown-beat`, `unreachable-beat`, `phrase-lint`. */
  rule: string;
}

export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

/** The run's state: plain JSON data, derived entirely from (scenario, seed, mode, steps). */
export interface RunState {
  scenarioId: string;
  seed: number;
  mode: Mode;
  /** Every step applied so far, rewinds and exits included (the log). */
  steps: Step[];
  /** The effective path after rewinds: the decisions that count. */
  path: { beatId: string; choiceId: string }[];
  status: RunStatus;
  beatId: string;
  endingId?: string | undefined;
  meters: Record<string, number>;
  flags: Record<string, boolean>;
  /** Beats visited on the effective path, interruptions fired, and the beat an interruption returns to. */
  visited: string[];
  firedInterruptions: string[];
  returnTo?: string | undefined;
  session?: string | undefined;
  /**
   * How the current beat was reached by the last move: the beats entered in order (an interrupted
   * beat, then the interruption's first beat), the session begun when it replaced an earlier one
   * (the view shows its time skip), and whether the move returned from an interruption.
   */
  arrival?: { beats: string[]; sessionChanged?: string | undefined; resumed: boolean } | undefined;
}
