import type { CompiledScenario, Rubric } from '@doorway/engine';
import { readText } from '../load/load-yaml-file';
import { sortProblems } from '../problems/locate-problems';
import type { LocatedProblem } from '../problems/problem';
import type { Sources } from '../sources/sources-schema';
import { lintText } from './lint-text';

/** The outcome of linting a set of scenario files. */
export interface LintReport {
  files: number;
  errors: number;
  warnings: number;
  /** Errors first, then warnings, in file order. */
  problems: LocatedProblem[];
  /** The scenarios that loaded, compiled (for further checks without compiling again). */
  compiled: CompiledScenario[];
}

/**
 * Lints scenario files: YAML, schema and references (the loader), then the engine's analysis
 * (reachability, dead ends, endings, score bounds, sources, phrase lint) on each file that loaded.
 *
 * @example
 * const report = lintFiles(['content/scenarios/first-contact.yaml'], rubric, sources);
 * report.errors // 0
 */
export function lintFiles(files: readonly string[], rubric: Rubric, sources: Sources): LintReport {
  const problems: LocatedProblem[] = [];
  const compiled: CompiledScenario[] = [];
  for (const file of files) {
    const text = readText(file);
    if (!text.ok) {
      problems.push(...text.error);
      continue;
    }
    const linted = lintText(text.value, file, rubric, sources);
    problems.push(...linted.problems);
    if (linted.compiled) compiled.push(linted.compiled);
  }
  return { ...countProblems(problems), files: files.length, compiled };
}

/**
 * Sorts problems (errors first) and counts errors and warnings.
 *
 * @example
 * countProblems(problems) // { problems: [...], errors: 1, warnings: 2 }
 */
export function countProblems(
  problems: readonly LocatedProblem[],
): Pick<LintReport, 'problems' | 'errors' | 'warnings'> {
  const sorted = sortProblems(problems);
  const errors = sorted.filter((p) => p.severity === 'error').length;
  return { problems: sorted, errors, warnings: sorted.length - errors };
}

/**
 * The summary line: `7 scenarios, 0 errors, 2 warnings`.
 *
 * @example
 * summaryLine({ files: 1, errors: 1, warnings: 0 }) // '1 scenario, 1 error, 0 warnings'
 */
export function summaryLine(report: Pick<LintReport, 'files' | 'errors' | 'warnings'>): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(report.files, 'scenario')}, ${plural(report.errors, 'error')}, ${plural(report.warnings, 'warning')}`;
}
