import type { Analysis, Next, Scenario } from '@doorway/engine';
import {
  formatPath,
  type LocatedProblem,
  lintText,
  locate,
  type ParsedYaml,
  type Sources,
  testWiseLines,
} from '@doorway/scenarios/browser';
import type { CheckerSetup, CheckResult, DeclaredIds, MapEdge, MapModel, MapNode } from './checkTypes';

function targetsOf(next: Next): { to: string; conditional: boolean }[] {
  if (typeof next === 'string') return [{ to: next, conditional: false }];
  return next.map((n) => ({ to: n.to, conditional: next.length > 1 }));
}

/**
 * The map of a loaded scenario: phases as groups, beats and endings as nodes (with reachability, dead ends
 * and the best path from the analysis), choices as edges, each node with the line it is declared on.
 *
 * @example
 * mapOf(scenario, analysis, parsed).nodes.find((n) => n.id === 'arrival')?.start // true
 */
export function mapOf(scenario: Scenario, analysis: Analysis, parsed: ParsedYaml): MapModel {
  const reachable = new Set(analysis.reachableBeats);
  const deadEnds = new Set(
    analysis.problems.filter((p) => p.rule === 'dead-end').map((p) => String(p.path.at(-1))),
  );
  const bestSteps = new Set(analysis.bestPath.steps.map((d) => `${d.beatId}/${d.choiceId}`));
  const bestBeats = new Set(analysis.bestPath.steps.map((d) => d.beatId));
  const nodes: MapNode[] = [];
  const edges: MapEdge[] = [];
  const groups: MapModel['groups'] = [];
  const endingReached = new Set(Object.keys(analysis.shortestPaths));
  for (const [phaseId, phase] of Object.entries(scenario.phases)) {
    const session = phase.session ? scenario.sessions?.[phase.session] : undefined;
    groups.push({
      id: phaseId,
      title: phase.title,
      timeSkip: session?.timeSkip,
      interruptions: Object.entries(phase.interruptions ?? {}).map(([id, i]) => ({ id, startBeat: i.start })),
    });
    const beatSets: [
      string | undefined,
      Record<string, Scenario['phases'][string]['beats'][string]>,
      (string | number)[],
    ][] = [
      [undefined, phase.beats, ['phases', phaseId, 'beats']],
      ...Object.entries(phase.interruptions ?? {}).map(
        ([id, i]) =>
          [id, i.beats, ['phases', phaseId, 'interruptions', id, 'beats']] as [
            string,
            typeof i.beats,
            (string | number)[],
          ],
      ),
    ];
    for (const [interruptionId, beats, base] of beatSets)
      for (const [id, beat] of Object.entries(beats)) {
        nodes.push({
          id,
          kind: 'beat',
          title: beat.title ?? id,
          phaseId,
          interruptionId,
          start: id === scenario.start,
          reachable: reachable.has(id),
          deadEnd: deadEnds.has(id),
          onBestPath: bestBeats.has(id),
          line: locate(parsed, [...base, id], { atKey: true }).line,
        });
        for (const choice of beat.choices)
          for (const t of targetsOf(choice.next))
            edges.push({
              from: id,
              to: t.to,
              choiceId: choice.id,
              verdict: choice.verdict,
              best: bestSteps.has(`${id}/${choice.id}`),
              conditional: t.conditional,
              returns: t.to === 'return',
            });
      }
  }
  for (const [id, ending] of Object.entries(scenario.endings))
    nodes.push({
      id,
      kind: 'ending',
      title: ending.title,
      start: false,
      reachable: endingReached.has(id),
      deadEnd: false,
      onBestPath: analysis.bestPath.endingId === id,
      outcome: ending.outcome,
      line: locate(parsed, ['endings', id], { atKey: true }).line,
    });
  return { groups, nodes, edges: markTimeSkips(edges, nodes, groups) };
}

/** Marks each arrow that leaves one phase for another whose session opens with a time skip. */
function markTimeSkips(edges: MapEdge[], nodes: MapNode[], groups: MapModel['groups']): MapEdge[] {
  const phaseOf = new Map(nodes.map((n) => [n.id, n.phaseId]));
  const skipOf = new Map(groups.map((g) => [g.id, g.timeSkip]));
  return edges.map((e) => {
    const [from, to] = [phaseOf.get(e.from), phaseOf.get(e.to)];
    const skip = to !== undefined && to !== from ? skipOf.get(to) : undefined;
    return skip ? { ...e, timeSkip: skip } : e;
  });
}

function idsOf(scenario: Scenario, setup: CheckerSetup): DeclaredIds {
  const beats: string[] = [];
  for (const phase of Object.values(scenario.phases)) {
    beats.push(...Object.keys(phase.beats));
    for (const i of Object.values(phase.interruptions ?? {})) beats.push(...Object.keys(i.beats));
  }
  return {
    beats,
    endings: Object.keys(scenario.endings),
    meters: Object.entries(scenario.meters).map(([id, m]) => ({
      id,
      min: m.min,
      max: m.max,
      initial: m.initial,
    })),
    flags: Object.entries(scenario.flags).map(([id, initial]) => ({ id, initial })),
    cast: Object.keys(scenario.cast),
    affect: scenario.affect?.states.map((s) => s.id) ?? [],
    sources: sourceIds(setup),
    competencies: setup.rubric.competencies.map((c) => c.id),
  };
}

function sourceIds(setup: CheckerSetup): string[] {
  return [...setup.sources.guidance.map((g) => g.id), ...setup.sources.references.map((r) => r.key)];
}

function toProblem(p: LocatedProblem) {
  return {
    line: p.line,
    col: p.col,
    field: formatPath(p.path),
    severity: p.severity,
    rule: p.rule,
    message: p.message,
    fix: p.fix,
  };
}

/**
 * Checks a draft's text exactly as the server and `pnpm doorway lint` do (same loader, same analysis),
 * and derives what the workspace shows: problems, the map, the analysis and the ids to complete. Pure:
 * the checker worker calls it on every pause in typing. Never throws.
 *
 * @example
 * const r = checkScenario(text, setup);
 * r.problems[0] // { line: 62, col: 19, field: 'phases.opening.beats.arrival.choices[0].next', ... }
 */
export function checkScenario(text: string, setup: CheckerSetup): CheckResult {
  try {
    const { problems, scenario, analysis, parsed } = lintText(
      text,
      'draft.yaml',
      setup.rubric,
      setup.sources as unknown as Sources,
    );
    const shown = problems.map(toProblem);
    const errors = shown.filter((p) => p.severity === 'error').length;
    const base = { problems: shown, errors, warnings: shown.length - errors };
    if (!scenario || !analysis || !parsed) return { ...base, loaded: false };
    return {
      ...base,
      loaded: true,
      scenario: { id: scenario.id, version: scenario.version, title: scenario.title },
      map: mapOf(scenario, analysis, parsed),
      analysis,
      testWise: testWiseLines(analysis.testWise),
      ids: idsOf(scenario, setup),
    };
  } catch (err) {
    return {
      problems: [
        {
          line: 1,
          col: 1,
          field: '',
          severity: 'error',
          rule: 'checker-failed',
          message: `the checker could not read this text (${err instanceof Error ? err.message : String(err)})`,
          fix: 'undo the last change, or simplify the part you just edited',
        },
      ],
      errors: 1,
      warnings: 0,
      loaded: false,
    };
  }
}
