import { type Analysis, analyze, type CompiledScenario, compileScenario, type Rubric } from '@doorway/engine';
import type { LoadedScenarioFile } from '../load/load-scenario-file';
import { locateProblems } from '../load/load-yaml-file';
import type { LocatedProblem, Problem } from '../problems/problem';
import { knownSourceIds } from '../sources/load-sources';
import type { Sources } from '../sources/sources-schema';

/**
 * Problems found by the engine's analysis of a scenario that loaded (reachability, dead ends, endings,
 * interruptions, score bounds, unknown sources, phrase lint), plus a choice citing no source at all,
 * located in its file.
 *
 * @example
 * analysisProblems(loaded, rubric, sources) // [{ rule: 'unreachable-ending', line: 212, ... }]
 */
export function analysisProblems(
  loaded: LoadedScenarioFile,
  rubric: Rubric,
  sources: Sources,
): LocatedProblem[] {
  let compiled: CompiledScenario;
  try {
    compiled = compileScenario(loaded.scenario, rubric);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return locateProblems(loaded.parsed, [
      { severity: 'error', path: [], rule: 'compile', message, fix: 'report this to the engine maintainers' },
    ]);
  }
  return analyzeLoaded(loaded, compiled, sources).problems;
}

/**
 * The engine's analysis of a compiled scenario and its problems located in the file it came from
 * (content tests reuse the registry's compiled scenario this way instead of compiling again).
 *
 * @example
 * const { analysis, problems } = analyzeLoaded(loaded, entry.compiled, sources);
 * analysis.shortestPaths['door-open']?.length;
 */
export function analyzeLoaded(
  loaded: LoadedScenarioFile,
  compiled: CompiledScenario,
  sources: Sources,
): { analysis: Analysis; problems: LocatedProblem[] } {
  const analysis = analyze(compiled, { knownSources: [...knownSourceIds(sources)] });
  const unsourced = unsourcedChoices(compiled);
  // The engine only warns about a missing source on choices with evidence; we require one on every choice.
  const engine = analysis.problems.filter((p) => p.rule !== 'missing-sources');
  return { analysis, problems: locateProblems(loaded.parsed, [...unsourced, ...engine]) };
}

function unsourcedChoices(compiled: CompiledScenario): Problem[] {
  const problems: Problem[] = [];
  for (const id of compiled.index.beatOrder) {
    const info = compiled.index.beats.get(id);
    if (!info) continue;
    const base: (string | number)[] =
      info.interruptionId !== undefined
        ? ['phases', info.phaseId, 'interruptions', info.interruptionId, 'beats', id]
        : ['phases', info.phaseId, 'beats', id];
    info.beat.choices.forEach((choice, i) => {
      if (choice.sources.length > 0) return;
      problems.push({
        severity: 'error',
        path: [...base, 'choices', i],
        message: `choice \`${choice.id}\` cites no source`,
        fix: 'add `sources: [...]` with a guidance id (like `interp-3`) or a reference key (like `OVC-INT`) from content/sources.yaml',
        rule: 'missing-source',
      });
    });
  }
  return problems;
}
