import type { Verdict } from '../schema/scenario';

/** How a run is played: coach (feedback each step, rewind), practice (feedback at end, rewind after end), assessment (no rewind). */
export type Mode = 'coach' | 'practice' | 'assessment';

/** One entry of a run's append-only step log. The log is the only truth; everything else is derived. */
export type Step =
  | { kind: 'choice'; beatId: string; choiceId: string }
  | { kind: 'rewind'; toDecision: number }
  | { kind: 'exit' };

/** A resolved line as the trainee sees it (variants already picked, conditions already tested). */
export interface ViewLine {
  kind: 'speech' | 'cue' | 'narration' | 'trainee' | 'time-skip';
  speaker?: { id: string; name: string; role: string } | undefined;
  text: string;
}

export interface ViewChoice {
  id: string;
  text: string;
  action: boolean;
}

/** What the trainee sees now. */
export interface View {
  scenarioId: string;
  beat: {
    id: string;
    title?: string | undefined;
    phase: string;
    phaseTitle: string;
    contentNote?: string | undefined;
  };
  /** Lines shown on arrival at the current beat (after the reactions to the last choice). */
  lines: ViewLine[];
  choices: ViewChoice[];
  decisions: number;
  ended: boolean;
  ending?: { id: string; title: string; outcome: 'positive' | 'mixed' | 'negative' } | undefined;
  /** The survivor's affect in words (for the coach panel), when the scenario declares one. */
  affect?: { id: string; describe: string } | undefined;
  session?: { id: string; title: string } | undefined;
}

/** Feedback on one decision. */
export interface Feedback {
  beatId: string;
  choiceId: string;
  verdict: Verdict;
  critical: boolean;
  text: string;
  sources: string[];
  best?: { choiceId: string; text: string } | undefined;
}

export type ChooseError =
  | { code: 'run_ended'; message: string }
  | { code: 'stale_beat'; message: string }
  | { code: 'choice_not_available'; message: string };

export type RewindError =
  | { code: 'rewind_not_allowed'; message: string }
  | { code: 'invalid_rewind'; message: string };

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
  status: 'active' | 'ended' | 'exited';
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

/** One decision in the debrief. */
export interface DebriefDecision {
  index: number;
  beatId: string;
  beatTitle?: string | undefined;
  /** The last line the trainee saw before choosing, for context. */
  prompt?: string | undefined;
  choice: { id: string; text: string };
  verdict: Verdict;
  critical: boolean;
  feedback: string;
  sources: string[];
  /** The best option at this beat when the trainee chose something else. */
  best?: { id: string; text: string; feedback: string } | undefined;
  /** Choices made here earlier and undone by a rewind, oldest first. */
  triedBefore: { id: string; text: string; verdict: Verdict }[];
}

export interface DebriefCompetency {
  id: string;
  name: string;
  /** 0 to 100: the evidence sum placed between the lowest and highest sums the scenario allows. */
  score: number;
  sum: number;
  min: number;
  max: number;
  weight: number;
  evidence: { beatId: string; choiceId: string; amount: number }[];
}

/** The engine's debrief report; the API returns it as is and the web renders it. */
export interface DebriefReport {
  scenarioId: string;
  scenarioVersion: string;
  mode: Mode;
  status: RunState['status'];
  ending?:
    | { id: string; title: string; outcome: 'positive' | 'mixed' | 'negative'; debrief: string }
    | undefined;
  overall: number;
  passThreshold: number;
  passed: boolean;
  criticalErrors: { beatId: string; choiceId: string; text: string; feedback: string }[];
  competencies: DebriefCompetency[];
  decisions: DebriefDecision[];
}
