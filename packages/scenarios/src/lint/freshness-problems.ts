import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { CompiledScenario } from '@doorway/engine';
import { COVERAGE_DOC, GOLDEN_DIR, REPO_ROOT } from '../content-paths';
import { computeCoverage } from '../coverage/compute-coverage';
import { renderCoverage } from '../coverage/render-coverage';
import { checkGolden } from '../golden/check-golden';
import type { LocatedProblem } from '../problems/problem';
import { compareVersions } from '../registry/compare-versions';
import type { Sources } from '../sources/sources-schema';

/**
 * Warnings for generated files that no longer match the bundled scenarios: each golden best-path
 * transcript and docs/coverage.md. The content tests fail on them; lint says so first, with the command.
 *
 * @example
 * freshnessProblems(report.compiled, sources, outOfScope) // [{ file: '.../golden/going-back.txt', line: 12, ... }]
 */
export function freshnessProblems(
  compiled: readonly CompiledScenario[],
  sources: Sources,
  outOfScope: ReadonlyMap<string, string>,
  options: { goldenDir?: string; coverageDoc?: string } = {},
): LocatedProblem[] {
  const goldenDir = options.goldenDir ?? GOLDEN_DIR;
  const coverageDoc = options.coverageDoc ?? COVERAGE_DOC;
  const latest = new Map<string, CompiledScenario>();
  for (const c of compiled) {
    const seen = latest.get(c.scenario.id);
    if (!seen || compareVersions(c.scenario.version, seen.scenario.version) > 0) latest.set(c.scenario.id, c);
  }
  const problems: LocatedProblem[] = [];
  const warn = (file: string, line: number, message: string, fix: string): void => {
    problems.push({
      file,
      line,
      col: 1,
      path: [],
      severity: 'warning',
      rule: 'stale-generated',
      message,
      fix,
    });
  };
  for (const c of latest.values()) {
    const id = c.scenario.id;
    const result = checkGolden(c, { dir: goldenDir });
    const file = `${goldenDir}/${id}.txt`;
    if (result.status === 'missing') {
      warn(
        file,
        1,
        `no golden transcript for "${id}"`,
        `run \`pnpm doorway golden --update ${id}\` and commit it`,
      );
    } else if (result.status === 'different') {
      warn(
        file,
        result.line,
        `the best path of "${id}" changed here (now: ${result.actual})`,
        `if the change is intended, run \`pnpm doorway golden --update ${id}\` and commit it`,
      );
    }
  }
  const scenarios = [...latest.values()].map((c) => c.scenario).sort((a, b) => a.id.localeCompare(b.id));
  const markdown = renderCoverage(
    computeCoverage(scenarios, sources, outOfScope),
    scenarios.map((s) => s.id),
  );
  let current = '';
  try {
    current = readFileSync(coverageDoc, 'utf8');
  } catch {}
  if (current !== markdown) {
    const a = current.split('\n');
    const b = markdown.split('\n');
    let i = 0;
    while (i < Math.max(a.length, b.length) && a[i] === b[i]) i++;
    warn(
      coverageDoc,
      i + 1,
      `${relative(REPO_ROOT, coverageDoc)} is out of date from here`,
      'run `pnpm doorway coverage --write` and commit it',
    );
  }
  return problems;
}
