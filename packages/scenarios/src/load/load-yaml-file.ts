import { readFileSync } from 'node:fs';
import type { LocatedProblem, Problem, Result } from '../problems/problem';
import { locate } from '../yaml/locate';
import { parseYaml, yamlWarnings } from '../yaml/parse-yaml';
import type { ParsedYaml } from '../yaml/parsed-yaml';

/**
 * Reads and parses a YAML content file. A missing or unreadable file is a located problem too.
 *
 * @example
 * const parsed = readYamlFile('content/rubric.yaml');
 * if (parsed.ok) console.log(parsed.value.data);
 */
export function readYamlFile(
  file: string,
): Result<{ parsed: ParsedYaml; warnings: LocatedProblem[] }, LocatedProblem[]> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const reason = e instanceof Error && 'code' in e ? String(e.code) : 'unreadable';
    return {
      ok: false,
      error: [
        {
          file,
          line: 1,
          col: 1,
          path: [],
          severity: 'error',
          rule: 'file',
          message: reason === 'ENOENT' ? 'file not found' : `cannot read the file (${reason})`,
          fix: 'check the path',
        },
      ],
    };
  }
  const parsed = parseYaml(text, file);
  if (!parsed.ok) return parsed;
  return { ok: true, value: { parsed: parsed.value, warnings: yamlWarnings(parsed.value, text) } };
}

/**
 * Gives each problem the line and column its path points at in the parsed file.
 *
 * @example
 * locateProblems(parsed, [{ path: ['start'], ... }]) // [{ file, line: 14, col: 8, path: ['start'], ... }]
 */
export function locateProblems(parsed: ParsedYaml, problems: readonly Problem[]): LocatedProblem[] {
  return problems.map((p) => ({
    ...p,
    file: parsed.file,
    ...locate(parsed, p.path, { atKey: isAboutKey(p) }),
  }));
}

// A problem that names the last key of its path (`unknown key \`verdit\``) is about the key, not its value.
function isAboutKey(problem: Problem): boolean {
  const last = problem.path[problem.path.length - 1];
  if (typeof last !== 'string') return false;
  return problem.message.includes(`\`${last}\``) || problem.message.includes(`"${last}"`);
}

/** Errors first, then warnings, each in file order. */
export function sortProblems(problems: readonly LocatedProblem[]): LocatedProblem[] {
  const rank = (p: LocatedProblem) => (p.severity === 'error' ? 0 : 1);
  return [...problems].sort(
    (a, b) => rank(a) - rank(b) || a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col,
  );
}
