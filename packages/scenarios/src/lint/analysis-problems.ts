import type { Rubric } from '@doorway/engine';
import type { LoadedScenarioFile } from '../load/load-scenario-file';
import { locateProblems } from '../load/load-yaml-file';
import { didYouMean } from '../problems/did-you-mean';
import type { LocatedProblem, Problem } from '../problems/problem';
import { knownSourceIds } from '../sources/load-sources';
import type { Sources } from '../sources/sources-schema';

/**
 * Problems found by analysing a scenario that loaded, located in its file.
 *
 * @example
 * analysisProblems(loaded, rubric, sources) // [{ rule: 'unknown-source', line: 40, ... }]
 */
export function analysisProblems(
  loaded: LoadedScenarioFile,
  _rubric: Rubric,
  sources: Sources,
): LocatedProblem[] {
  const known = knownSourceIds(sources);
  const problems: Problem[] = [];
  const { scenario } = loaded;
  for (const [phaseId, phase] of Object.entries(scenario.phases)) {
    const groups: [string[], Record<string, (typeof phase.beats)[string]>][] = [
      [['phases', phaseId, 'beats'], phase.beats],
      ...Object.entries(phase.interruptions ?? {}).map(
        ([iid, i]) =>
          [['phases', phaseId, 'interruptions', iid, 'beats'], i.beats] as [string[], typeof i.beats],
      ),
    ];
    for (const [prefix, beats] of groups) {
      for (const [beatId, beat] of Object.entries(beats)) {
        beat.choices.forEach((choice, ci) => {
          const at = [...prefix, beatId, 'choices', ci];
          if (choice.sources.length === 0) {
            problems.push({
              severity: 'error',
              path: [...at, 'id'],
              message: `choice "${choice.id}" cites no source`,
              fix: 'add `sources: [...]` with a guidance id or reference key from content/sources.yaml',
              rule: 'missing-source',
            });
          }
          choice.sources.forEach((s, si) => {
            if (!known.has(s)) {
              problems.push({
                severity: 'error',
                path: [...at, 'sources', si],
                message: `unknown source "${s}"`,
                fix: sourceFix(s, known),
                rule: 'unknown-source',
              });
            }
          });
        });
      }
    }
  }
  return locateProblems(loaded.parsed, problems);
}

function sourceFix(id: string, known: Set<string>): string {
  const guess = didYouMean(id, known);
  const list =
    'a guidance id (like `interp-3`) or a reference key (like `OVC-INT`) from content/sources.yaml';
  return guess ? `did you mean "${guess}"? sources must be ${list}` : `use ${list}`;
}
