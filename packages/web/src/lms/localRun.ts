import {
  applyStep,
  compactLog,
  type DebriefReport,
  expandLog,
  type Feedback,
  indexScenario,
  type LmsPackage,
  type Mode,
  type RunState,
  report,
  type ScoredScenario,
  type Step,
  startRun,
  transcriptOf,
  type View,
  type ViewLine,
  viewOf,
} from '@doorway/engine';
import type { DecisionRecord } from './adapter';

/** A run played in the browser by the engine itself: no server, the LMS keeps the compact log. */
export interface LocalRun {
  scored: ScoredScenario;
  contentHash: string;
  state: RunState;
}

/** The scenario of a package, ready for the engine's runtime and `report`. */
export function scoredOf(pkg: LmsPackage): ScoredScenario {
  return {
    scenario: pkg.scenario,
    rubric: pkg.rubric,
    bounds: pkg.bounds,
    index: indexScenario(pkg.scenario),
  };
}

/**
 * Resumes from saved progress when it belongs to this scenario version, else starts a new run.
 * Progress is `d1.<first 10 of the content hash>.<compact log>`.
 *
 * @example
 * const run = openRun(pkg, adapterLaunch.resume, Math.floor(Math.random() * 2 ** 31));
 */
export function openRun(
  pkg: LmsPackage,
  saved: string | undefined,
  seed: number,
): { run: LocalRun; resumed: boolean; discarded: boolean } {
  const scored = scoredOf(pkg);
  const prefix = `d1.${pkg.contentHash.slice(0, 10)}.`;
  if (saved?.startsWith(prefix)) {
    const back = expandLog(scored, saved.slice(prefix.length));
    if (back.ok && back.value.mode === pkg.mode) {
      return {
        run: { scored, contentHash: pkg.contentHash, state: back.value },
        resumed: true,
        discarded: false,
      };
    }
  }
  const state = startRun(scored, { seed, mode: pkg.mode as Mode });
  return {
    run: { scored, contentHash: pkg.contentHash, state },
    resumed: false,
    discarded: saved !== undefined,
  };
}

/** The progress string saved to the LMS (SCORM suspend data, cmi5 state). */
export function progressOf(run: LocalRun): string {
  return `d1.${run.contentHash.slice(0, 10)}.${compactLog(run.scored, run.state)}`;
}

/** Applies a step; a refusal (a double click, a stale screen) leaves the run as it was. */
export function stepRun(run: LocalRun, step: Step): LocalRun | undefined {
  const r = applyStep(run.scored, run.state, step);
  return r.ok ? { ...run, state: r.value } : undefined;
}

export function viewOfRun(run: LocalRun): View {
  return viewOf(run.scored, run.state);
}

export function transcriptOfRun(run: LocalRun): ViewLine[] {
  return transcriptOf(run.scored, run.state);
}

export function reportOf(run: LocalRun): DebriefReport {
  return report(run.scored, run.state);
}

/** The last decision on the path as the LMS records it, and its coach feedback. */
export function lastDecision(run: LocalRun): { record: DecisionRecord; feedback: Feedback } | undefined {
  const last = reportOf(run).decisions.at(-1);
  if (!last) return undefined;
  const choice = run.scored.index.beats.get(last.beatId)?.choices.get(last.choice.id);
  return {
    record: {
      index: last.index,
      beatId: last.beatId,
      choiceId: last.choice.id,
      choiceText: last.choice.text,
      prompt: last.prompt,
      verdict: last.verdict,
      critical: last.critical,
      evidence: { ...(choice?.evidence ?? {}) },
    },
    feedback: {
      beatId: last.beatId,
      choiceId: last.choice.id,
      verdict: last.verdict,
      critical: last.critical,
      text: last.feedback,
      sources: last.sources,
      best: last.best ? { choiceId: last.best.id, text: last.best.text } : undefined,
    },
  };
}
