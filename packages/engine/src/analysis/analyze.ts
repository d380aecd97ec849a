import type { Bound, CompiledScenario } from '../compile/compiled-scenario';
import { DEFAULT_PHRASES, lintPhrases, type PhraseRule } from '../lint/phrases';
import { beatPath } from '../model/paths';
import type { Problem } from '../runtime/types';
import { computeBounds } from './bounds';
import { bestPathOf, type Decision, pathTo } from './paths';
import { pinnedMeters } from './pinned-meters';
import { type TestWiseFigures, testWise } from './test-wise';
import { testWiseProblems } from './test-wise-problems';

/** What analysis found: problems, and facts about the scenario's paths and scores. */
export interface Analysis {
  problems: Problem[];
  statesExplored: number;
  /** Meters were explored exactly (true) or bucketed by tested thresholds (false: see exploreStates). */
  exact: boolean;
  /** The exploration hit its state cap: results are partial. */
  truncated: boolean;
  reachableBeats: string[];
  bestPath: {
    steps: Decision[];
    endingId?: string | undefined;
    loops: boolean;
    sums: Record<string, number>;
  };
  /** A shortest sequence of decisions to each reachable ending. */
  shortestPaths: Record<string, Decision[]>;
  bounds: Record<string, Bound>;
  pathCount: number;
  pathCountCapped: boolean;
  /** How a test-wise trainee fares: strategies that spot the answer by length, position or tone. */
  testWise: TestWiseFigures;
}

export interface AnalyzeOptions {
  pathCap?: number;
  /** Source ids that exist (for example from the sources register); fragments after `#` are allowed. */
  knownSources?: string[];
  phrases?: PhraseRule[];
}

/**
 * Explore the scenario's reachable states and report what an author must fix: unreachable beats and
 * endings, dead ends, interruptions that never return, competencies nobody can earn, missing feedback
 * or sources, unknown sources, a best path that does not reach a competency's maximum, and phrase lint.
 *
 * @example
 * const a = analyze(compiled, { knownSources: ['seed:001'] });
 * a.problems.filter((p) => p.severity === 'error');
 */
export function analyze(compiled: CompiledScenario, options: AnalyzeOptions = {}): Analysis {
  const { graph, index, scenario } = compiled;
  const problems: Problem[] = [];
  const reached = new Set<string>();
  for (const n of graph.nodes) for (const b of n.entered) reached.add(b);
  const endingsReached = new Set(graph.nodes.flatMap((n) => (n.endingId !== undefined ? [n.endingId] : [])));

  // Bucketed exploration can miss a route that only a middle meter value takes (see exploreStates).
  const approx = graph.exact ? '' : ' (found with meters bucketed by thresholds)';
  if (graph.truncated) {
    problems.push({
      severity: 'warning',
      rule: 'analysis-truncated',
      path: [],
      message: `analysis stopped after ${graph.nodes.length} states; results below are partial`,
      fix: 'test fewer meters in guards, or coarsen meter steps so fewer distinct values arise',
    });
  }
  for (const id of index.beatOrder) {
    const info = index.beats.get(id);
    if (!info || reached.has(id)) continue;
    problems.push({
      severity: 'error',
      rule: 'unreachable-beat',
      path: beatPath(info),
      message: `no run can reach beat \`${id}\`${approx}`,
      fix: 'point a `next` at it, loosen the conditions on the way, or remove it',
    });
  }
  const deadBeats = new Set<string>();
  for (const [i, n] of graph.nodes.entries()) {
    if (!n.deadEnd || deadBeats.has(n.beatId)) continue;
    deadBeats.add(n.beatId);
    const info = index.beats.get(n.beatId);
    if (!info) continue;
    problems.push({
      severity: 'error',
      rule: 'dead-end',
      path: beatPath(info),
      message: `a run can reach \`${n.beatId}\` with no choice available (after: ${
        pathTo(graph, i)
          .map((d) => d.choiceId)
          .join(' > ') || 'the start'
      })`,
      fix: 'add a choice without `when`, or relax the conditions so one is always offered',
    });
  }
  for (const id of Object.keys(scenario.endings)) {
    if (endingsReached.has(id)) continue;
    problems.push({
      severity: 'error',
      rule: 'unreachable-ending',
      path: ['endings', id],
      message: `no run can reach the ending \`${id}\`${approx}`,
      fix: 'lead a choice to it, or remove it',
    });
  }
  const returning = new Set<string>();
  for (const e of graph.edges) {
    if (!e.returned) continue;
    const i = index.beats.get(e.beatId)?.interruptionId;
    if (i !== undefined) returning.add(i);
  }
  for (const [intId, { phaseId, interruption }] of index.interruptions) {
    if (returning.has(intId) || !reached.has(interruption.start)) continue;
    problems.push({
      severity: 'warning',
      rule: 'interruption-never-returns',
      path: ['phases', phaseId, 'interruptions', intId],
      message: `the interruption \`${intId}\` never returns to the conversation it interrupted`,
      fix: 'give one of its choices `next: return` (or accept that it always changes course)',
    });
  }

  const competencies = index.evidenced;
  const { bounds, pathCount, pathCountCapped, loopMoves } = computeBounds(
    compiled,
    graph,
    competencies,
    options.pathCap ?? 100_000,
  );
  for (const m of loopMoves) {
    const info = index.beats.get(m.beatId);
    if (!info) continue;
    problems.push({
      severity: 'warning',
      rule: 'evidence-in-loop',
      path: [...beatPath(info), 'choices', info.beat.choices.findIndex((c) => c.id === m.choiceId)],
      message: `choice \`${m.choiceId}\` carries evidence inside a loop a run can go round again (back to the same state)${approx}, so it can be earned or lost repeatedly; the score bounds count it once`,
      fix: 'put the evidence on the choice that leaves the loop, or let the loop run once (a flag or `visited` condition)',
    });
  }
  const best = bestPathOf(compiled);
  const sums: Record<string, number> = {};
  for (const k of competencies) sums[k] = 0;
  for (const d of best.steps) {
    const c = index.beats.get(d.beatId)?.choices.get(d.choiceId);
    for (const [k, v] of Object.entries(c?.evidence ?? {})) sums[k] = (sums[k] ?? 0) + v;
  }
  for (const k of competencies) {
    const b = bounds[k];
    if (!b) continue;
    if (b.max <= 0) {
      problems.push({
        severity: 'warning',
        rule: 'competency-unearnable',
        path: [],
        message: `no run can earn positive evidence for \`${k}\` (highest sum ${b.max})`,
        fix: `give a reachable good choice positive evidence for ${k}, or drop the evidence`,
      });
    } else if ((sums[k] ?? 0) < b.max && best.endingId !== undefined) {
      problems.push({
        severity: 'warning',
        rule: 'best-path-not-max',
        path: [],
        message: `the all-best path earns ${sums[k] ?? 0} for \`${k}\` but some run earns ${b.max}, so best play cannot score 100`,
        fix: 'mark as best the choices that carry the most evidence, or move that evidence onto best choices',
      });
    }
  }
  if (best.endingId === undefined) {
    problems.push({
      severity: 'warning',
      rule: 'best-path-no-ending',
      path: [],
      message: best.loops
        ? 'following the best choices goes round in a loop'
        : 'following the best choices reaches a dead end',
      fix: 'make sure the best choice at each beat moves the conversation toward an ending',
    });
  }

  const known = options.knownSources ? new Set(options.knownSources) : undefined;
  for (const id of index.beatOrder) {
    const info = index.beats.get(id);
    if (!info) continue;
    if (!info.beat.choices.some((c) => c.verdict === 'best')) {
      problems.push({
        severity: 'warning',
        rule: 'no-best-choice',
        path: [...beatPath(info), 'choices'],
        message: `beat \`${id}\` has no choice scored best`,
        fix: 'mark the choice that models good practice as `verdict: best`',
      });
    }
    info.beat.choices.forEach((c, i) => {
      const cp = [...beatPath(info), 'choices', i];
      if (c.verdict !== 'best' && c.feedback.trim().length === 0) {
        problems.push({
          severity: 'warning',
          rule: 'missing-feedback',
          path: [...cp, 'feedback'],
          message: `choice \`${c.id}\` is ${c.verdict} but says nothing about why`,
          fix: "write feedback in the trainee's terms: what this did and what would have helped",
        });
      }
      if (c.sources.length === 0 && Object.values(c.evidence).some((v) => v !== 0)) {
        problems.push({
          severity: 'warning',
          rule: 'missing-sources',
          path: [...cp, 'sources'],
          message: `choice \`${c.id}\` carries evidence but cites no source`,
          fix: 'add the source ids that back the verdict',
        });
      }
      if (known) {
        c.sources.forEach((s, j) => {
          if (known.has(s) || known.has(s.split('#')[0] ?? s)) return;
          problems.push({
            severity: 'error',
            rule: 'unknown-source',
            path: [...cp, 'sources', j],
            message: `unknown source \`${s}\``,
            fix: 'use an id from the sources register, or add the source there',
          });
        });
      }
    });
  }
  problems.push(...pinnedMeters(compiled));
  problems.push(...lintPhrases(compiled, options.phrases ?? DEFAULT_PHRASES));
  const figures = testWise(compiled);
  problems.push(...testWiseProblems(compiled, figures));

  const shortestPaths: Record<string, Decision[]> = {};
  graph.nodes.forEach((n, i) => {
    if (n.endingId !== undefined) shortestPaths[n.endingId] = pathTo(graph, i);
  });
  return {
    problems,
    statesExplored: graph.nodes.length,
    exact: graph.exact,
    truncated: graph.truncated,
    reachableBeats: index.beatOrder.filter((b) => reached.has(b)),
    bestPath: { ...best, sums },
    shortestPaths,
    bounds,
    pathCount,
    pathCountCapped,
    testWise: figures,
  };
}
