import { readFileSync } from 'node:fs';
import { fileProblem, type LocatedProblem, type Result } from '../problems/problem';
import { parseYaml, yamlWarnings } from '../yaml/parse-yaml';
import type { ParsedYaml } from '../yaml/parsed-yaml';

/**
 * Reads a content file as text. A missing or unreadable file is a located problem, not an exception.
 *
 * @example
 * const text = readText('content/rubric.yaml'); if (text.ok) text.value.length;
 */
export function readText(file: string): Result<string, LocatedProblem[]> {
  try {
    return { ok: true, value: readFileSync(file, 'utf8') };
  } catch (e) {
    const reason = e instanceof Error && 'code' in e ? String(e.code) : 'unreadable';
    const message = reason === 'ENOENT' ? 'file not found' : `cannot read the file (${reason})`;
    return { ok: false, error: [fileProblem(file, { rule: 'file', message, fix: 'check the path' })] };
  }
}

/**
 * Reads and parses a YAML content file keeping positions.
 *
 * @example
 * const parsed = readYamlFile('content/rubric.yaml');
 * if (parsed.ok) console.log(parsed.value.parsed.data);
 */
export function readYamlFile(
  file: string,
): Result<{ parsed: ParsedYaml; warnings: LocatedProblem[] }, LocatedProblem[]> {
  const text = readText(file);
  if (!text.ok) return text;
  const parsed = parseYaml(text.value, file);
  if (!parsed.ok) return parsed;
  return { ok: true, value: { parsed: parsed.value, warnings: yamlWarnings(parsed.value, text.value) } };
}
