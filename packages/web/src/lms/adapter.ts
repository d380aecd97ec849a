import type { DebriefReport, Verdict } from '@doorway/engine';

/** One decision as the LMS records it (a SCORM interaction, a cmi5 `answered` statement). */
export interface DecisionRecord {
  /** 0-based position on the effective path. */
  index: number;
  beatId: string;
  choiceId: string;
  choiceText: string;
  prompt: string | undefined;
  verdict: Verdict;
  critical: boolean;
  /** Competency id → evidence points this choice carries. */
  evidence: Record<string, number>;
}

/** What the LMS said at launch. */
export interface LaunchInfo {
  /** The progress saved by an earlier session (SCORM suspend data, cmi5 State API), if any. */
  resume: string | undefined;
}

/**
 * The player's only door to the LMS: SCORM 1.2 (`scorm12.ts`), cmi5 (`cmi5.ts`) or none (a package
 * opened outside an LMS plays and reports nothing). Every method is safe to call after a failure:
 * LMS trouble never stops the trainee.
 */
export interface LmsAdapter {
  /** Shown to the trainee when the LMS could not be reached (progress will not be recorded). */
  readonly problem: string | undefined;
  start(): Promise<LaunchInfo>;
  /** Saves the compact log after every move, so closing the window loses nothing. */
  save(progress: string): Promise<void>;
  decision(record: DecisionRecord): Promise<void>;
  /** The run ended (or the trainee ended it): score and status. */
  finish(report: DebriefReport): Promise<void>;
  /** The window is going away: end the LMS session (must work from `pagehide`). */
  terminate(): void;
}

/**
 * An adapter for a package opened with no LMS around it: everything plays, nothing is sent.
 *
 * @example
 * const adapter = noLms('No SCORM API was found in this window or its parents.');
 */
export function noLms(problem: string): LmsAdapter {
  return {
    problem,
    start: async () => ({ resume: undefined }),
    save: async () => {},
    decision: async () => {},
    finish: async () => {},
    terminate: () => {},
  };
}
