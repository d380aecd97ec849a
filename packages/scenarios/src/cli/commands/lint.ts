import { resolve } from 'node:path';
import { SCENARIOS_DIR } from '../../content-paths';
import { loadOutOfScope } from '../../coverage/load-out-of-scope';
import { tableLintProblems } from '../../i18n/table-lint-problems';
import { freshnessProblems } from '../../lint/freshness-problems';
import { countProblems, lintFiles, summaryLine } from '../../lint/lint-files';
import { formatProblem } from '../../problems/format-problem';
import { isScenarioFile, listYamlFiles } from '../../registry/list-yaml-files';
import type { Command } from '../cli-io';
import { loadShared } from '../load-shared';
import { parseOptions } from '../parse-options';

export const lintCommand: Command = {
  summary: 'check scenario files: every problem with file:line:col, exit 1 on errors',
  usage: [
    'Usage: doorway lint [files or folders...]',
    '',
    'Checks scenario files (default: the bundled content/scenarios): YAML syntax, the format, every',
    'reference, reachability, dead ends, endings, score bounds, sources and phrase lint.',
    'Prints one problem per line as `file:line:col  path  message  (fix)`, then a summary line.',
    'Exits 1 when there is at least one error (warnings alone exit 0).',
    'Without arguments it also warns when a golden transcript or docs/coverage.md no longer matches.',
    'String tables beside the scenarios (<id>.<lang>.yaml): errors when one does not load, a warning',
    'when one is incomplete (see `doorway i18n check`).',
    '',
    'Options:',
    '  --quiet    print errors only, and the summary',
    '  --json     print { files, errors, warnings, problems: [{ file, line, col, path, severity, rule, message, fix }] }',
  ].join('\n'),
  async run(args, io) {
    const parsed = parseOptions(args, { quiet: { type: 'boolean' }, json: { type: 'boolean' } });
    if (!parsed.ok) {
      io.err(`doorway lint: ${parsed.error}`);
      return 2;
    }
    const shared = loadShared(io);
    if (!shared) return 1;
    const targets =
      parsed.value.positionals.length > 0
        ? parsed.value.positionals.map((p) => resolve(io.cwd, p))
        : [SCENARIOS_DIR];
    const files = targets.flatMap((t) => {
      const found = listYamlFiles(t).filter((f) => f === t || isScenarioFile(f));
      // A named file that does not exist is still linted, so it is reported as "file not found".
      return found.length === 0 && /\.ya?ml$/.test(t) ? [t] : found;
    });
    const scenariosOnly = lintFiles(files, shared.rubric, shared.sources);
    // String tables beside the scenarios: broken ones are errors, incomplete ones a warning each.
    const linted = {
      ...scenariosOnly,
      ...countProblems([
        ...scenariosOnly.problems,
        ...tableLintProblems(
          files,
          scenariosOnly.compiled.map((c) => c.scenario),
        ),
      ]),
    };
    // Linting the whole bundled library also checks the files generated from it (goldens, coverage).
    const outOfScope = parsed.value.positionals.length === 0 ? loadOutOfScope() : undefined;
    const report =
      outOfScope?.ok === true
        ? {
            ...linted,
            ...countProblems([
              ...linted.problems,
              ...freshnessProblems(linted.compiled, shared.sources, outOfScope.value),
            ]),
          }
        : linted;
    if (parsed.value.values.json) {
      const { files: count, errors, warnings, problems } = report;
      io.out(JSON.stringify({ files: count, errors, warnings, problems }, null, 2));
      return errors > 0 ? 1 : 0;
    }
    for (const p of report.problems) {
      if (parsed.value.values.quiet && p.severity === 'warning') continue;
      io.out(formatProblem(p, { relativeTo: io.cwd }));
    }
    io.out(summaryLine(report));
    return report.errors > 0 ? 1 : 0;
  },
};
