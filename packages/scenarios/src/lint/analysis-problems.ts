import { type Analysis, analyze, type CompiledScenario, didYouMean } from '@doorway/engine';
import type { LoadedScenarioFile } from '../load/load-scenario-text';
import { locateProblems } from '../problems/locate-problems';
import type { LocatedProblem, Problem } from '../problems/problem';
import { knownSourceIds } from '../sources/known-source-ids';
import type { Sources } from '../sources/sources-schema';

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
  const known = knownSourceIds(sources);
  const analysis = analyze(compiled, { knownSources: [...known] });
  const unsourced = unsourcedChoices(compiled);
  // The engine only warns about a missing source on choices with evidence; we require one on every choice.
  const engine = analysis.problems
    .filter((p) => p.rule !== 'missing-sources')
    .map((p) => (p.rule === 'unknown-source' ? withSourceGuess(p, known) : p));
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

// The register is known here (the engine only gets the ids), so the fix can name the likely source.
function withSourceGuess(problem: Problem, known: Set<string>): Problem {
  const id = /`([^`]+)`/.exec(problem.message)?.[1];
  const guess = id === undefined ? undefined : didYouMean(id, known);
  const where =
    'content/sources.yaml lists the guidance ids (like `interp-3`) and reference keys (like `OVC-INT`)';
  return { ...problem, fix: guess ? `did you mean \`${guess}\`? ${where}` : where };
}
