import type { Analysis, Rubric, Scenario } from '@doorway/engine';
import { type LocatedProblem, lintText, type Sources } from '@doorway/scenarios';
import type { ScenarioCatalog } from '../runs/catalog';

/** A draft's lint: every problem with line:col, field, message and fix; the scenario and analysis when it loaded. */
export interface DraftLint {
  problems: LocatedProblem[];
  errors: number;
  warnings: number;
  scenario?: Scenario | undefined;
  analysis?: Analysis | undefined;
}

/** The catalog's sources in the scenarios package's shape (the API adds `seed` beside `document`). */
export function sourcesOf(catalog: ScenarioCatalog): Sources {
  return {
    documents: catalog.sources.documents,
    guidance: catalog.sources.guidance.map(({ seed: _seed, ...g }) => g),
    references: catalog.sources.references,
  } as Sources;
}

/**
 * Lints a draft's YAML with the same loader and analysis as `pnpm doorway lint`. Never throws: text that
 * breaks the checker itself comes back as one error at line 1, so a bad draft cannot take the server down.
 *
 * @example
 * const lint = lintDraft(yaml, 'street.yaml', catalog.rubric, sourcesOf(catalog));
 * lint.errors // 0
 */
export function lintDraft(yaml: string, file: string, rubric: Rubric, sources: Sources): DraftLint {
  try {
    const { problems, scenario, analysis } = lintText(yaml, file, rubric, sources);
    const errors = problems.filter((p) => p.severity === 'error').length;
    return { problems, errors, warnings: problems.length - errors, scenario, analysis };
  } catch (err) {
    const problem: LocatedProblem = {
      file,
      line: 1,
      col: 1,
      path: [],
      severity: 'error',
      rule: 'checker-failed',
      message: `the checker could not read this scenario (${err instanceof Error ? err.message : String(err)})`,
      fix: 'undo the last change, or simplify the part you just edited, and check again',
    };
    return { problems: [problem], errors: 1, warnings: 0 };
  }
}
