import type { CompiledScenario } from '../compile/compiled-scenario';

/**
 * What scoring needs from a compiled scenario: a browser package (packages/web/src/lms) ships these
 * without the XState machine or the state graph, which only analysis uses.
 */
export type ScoredScenario = Pick<CompiledScenario, 'scenario' | 'index' | 'rubric' | 'bounds'>;

import { bestChoice } from '../runtime/feedback';
import { startRun } from '../runtime/start-run';
import { takeChoice } from '../runtime/transition';
import type { DebriefCompetency, DebriefDecision, DebriefReport, RunState, Step } from '../runtime/types';
import { arrivalLines } from '../runtime/view';
import { evidenceOf, scoreOf } from './evidence';

/** Choices undone by rewinds, by decision index. */
function triedBefore(steps: Step[]): Map<number, { beatId: string; choiceId: string }[]> {
  const tried = new Map<number, { beatId: string; choiceId: string }[]>();
  let path: { beatId: string; choiceId: string }[] = [];
  for (const step of steps) {
    if (step.kind === 'choice') path.push({ beatId: step.beatId, choiceId: step.choiceId });
    else if (step.kind === 'rewind') {
      path.slice(step.toDecision).forEach((p, k) => {
        const i = step.toDecision + k;
        tried.set(i, [...(tried.get(i) ?? []), p]);
      });
      path = path.slice(0, step.toDecision);
    }
  }
  return tried;
}

/**
 * The debrief of a run (the best alternative of a decision is the first `best` choice offered then).
 * Per competency the scenario can earn: score = round((sum - min) / (max - min) * 100)
 * with the bounds from analysis (100 when min == max); overall = weighted mean of those scores
 * (weights default 1; 0 when the scenario earns no competency); passed = the run `ended`
 * at an ending whose outcome is not `negative`, overall >= passThreshold and no critical choice was made.
 * (A high score cannot pass a run that ended with the door closed: the ending is part of the lesson.)
 *
 * @example
 * const r = report(compiled, state); r.passed; r.competencies[0]?.score;
 */
export function report(compiled: ScoredScenario, state: RunState): DebriefReport {
  const { scenario } = compiled;
  const tried = triedBefore(state.steps);
  const decisions: DebriefDecision[] = [];
  let s = startRun(compiled, { seed: state.seed, mode: state.mode });
  let shown = arrivalLines(compiled, s);
  state.path.forEach((p, index) => {
    const info = compiled.index.beats.get(p.beatId);
    const choice = info?.choices.get(p.choiceId);
    if (!info || !choice) throw new Error('engine: effective path names an unknown choice');
    const prompt = [...shown].reverse().find((l) => l.kind === 'speech' || l.kind === 'cue')?.text;
    const best = bestChoice(compiled, p.beatId, s);
    decisions.push({
      index,
      beatId: p.beatId,
      beatTitle: info.beat.title,
      prompt,
      choice: { id: choice.id, text: choice.text },
      verdict: choice.verdict,
      critical: choice.critical ?? false,
      feedback: choice.feedback,
      sources: choice.sources,
      best:
        best && best.id !== choice.id ? { id: best.id, text: best.text, feedback: best.feedback } : undefined,
      triedBefore: (tried.get(index) ?? [])
        .filter((t) => t.beatId === p.beatId)
        .map((t) => {
          const c = info.choices.get(t.choiceId);
          return { id: t.choiceId, text: c?.text ?? t.choiceId, verdict: c?.verdict ?? 'acceptable' };
        }),
    });
    s = takeChoice(compiled, s, choice);
    shown = arrivalLines(compiled, s);
  });

  const evidence = evidenceOf(compiled, state.path);
  const competencies: DebriefCompetency[] = [];
  for (const c of compiled.rubric.competencies) {
    const bound = compiled.bounds[c.id];
    if (!bound) continue;
    const items = evidence.get(c.id) ?? [];
    const sum = items.reduce((a, e) => a + e.amount, 0);
    competencies.push({
      id: c.id,
      name: c.name,
      score: scoreOf(sum, bound),
      sum,
      min: bound.min,
      max: bound.max,
      weight: scenario.weights[c.id] ?? 1,
      evidence: items,
    });
  }
  const totalWeight = competencies.reduce((a, c) => a + c.weight, 0);
  const overall =
    totalWeight > 0 ? Math.round(competencies.reduce((a, c) => a + c.score * c.weight, 0) / totalWeight) : 0;
  const criticalErrors = state.path.flatMap((p) => {
    const c = compiled.index.beats.get(p.beatId)?.choices.get(p.choiceId);
    return c?.critical ? [{ beatId: p.beatId, choiceId: c.id, text: c.text, feedback: c.feedback }] : [];
  });
  const ending = state.endingId !== undefined ? scenario.endings[state.endingId] : undefined;
  return {
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    mode: state.mode,
    status: state.status,
    ending:
      ending && state.endingId !== undefined
        ? { id: state.endingId, title: ending.title, outcome: ending.outcome, debrief: ending.debrief }
        : undefined,
    overall,
    passThreshold: scenario.passThreshold,
    passed:
      state.status === 'ended' &&
      ending?.outcome !== 'negative' &&
      overall >= scenario.passThreshold &&
      criticalErrors.length === 0,
    criticalErrors,
    competencies,
    decisions,
  };
}
