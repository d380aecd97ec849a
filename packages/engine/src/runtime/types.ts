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
