import { LineCounter, parseDocument, type YAMLError } from 'yaml';
import { fileProblem, type LocatedProblem, type Result } from '../problems/problem';
import type { ParsedYaml } from './parsed-yaml';

/**
 * Parses YAML text keeping positions. Syntax errors (duplicate keys included) come back as located
 * problems, all at once, never as a thrown error.
 *
 * @example
 * const parsed = parseYaml('id: a\nid: b\n', 'x.yaml');
 * // { ok: false, error: [{ line: 2, col: 1, message: 'duplicate key "id"', ... }] }
 */
export function parseYaml(text: string, file: string): Result<ParsedYaml, LocatedProblem[]> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    uniqueKeys: true,
    prettyErrors: false,
    keepSourceTokens: false,
  });
  const errors = doc.errors.map((e) => yamlProblem(e, 'error', text, file, lineCounter));
  if (errors.length > 0) return { ok: false, error: errors };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    // toJS throws only on alias abuse (a "billion laughs" file); report it like any syntax error.
    const message = e instanceof Error ? e.message : String(e);
    const fix = 'use fewer YAML aliases (*name); write the content out instead';
    return { ok: false, error: [fileProblem(file, { rule: 'yaml-syntax', message, fix })] };
  }
  return { ok: true, value: { file, doc, lineCounter, data } };
}

/**
 * YAML warnings (for example an unknown tag) as located warnings.
 *
 * @example
 * yamlWarnings(parsed, text) // [{ severity: 'warning', line: 4, col: 9, rule: 'yaml-syntax', ... }]
 */
export function yamlWarnings(parsed: ParsedYaml, text: string): LocatedProblem[] {
  return parsed.doc.warnings.map((w) => yamlProblem(w, 'warning', text, parsed.file, parsed.lineCounter));
}

function yamlProblem(
  error: YAMLError,
  severity: 'error' | 'warning',
  text: string,
  file: string,
  lineCounter: LineCounter,
): LocatedProblem {
  const { line, col } = lineCounter.linePos(error.pos[0]);
  const base = { file, line, col, path: [] as (string | number)[], severity, rule: 'yaml-syntax' };
  if (error.code === 'DUPLICATE_KEY') {
    const key = keyAt(text, error.pos[0]);
    return {
      ...base,
      rule: 'duplicate-key',
      message: key ? `duplicate key "${key}"` : 'duplicate key',
      fix: 'each key may appear only once in the same mapping: rename or remove one of them',
    };
  }
  return { ...base, message: firstLine(error.message), fix: FIXES[error.code] ?? GENERIC_FIX };
}

const GENERIC_FIX =
  'check the YAML syntax here: indentation with spaces, a colon after each key, matching quotes';

const FIXES: Partial<Record<YAMLError['code'], string>> = {
  BAD_INDENT: 'indent with spaces so that sibling keys line up exactly',
  TAB_AS_INDENT: 'YAML indentation must use spaces, not tabs',
  MISSING_CHAR: 'a quote or bracket is not closed: close it on this line or the next',
  MULTILINE_IMPLICIT_KEY: 'a key must fit on one line; if this is text, put it in quotes or after `key: >-`',
  BLOCK_AS_IMPLICIT_KEY: 'a key must be plain text followed by a colon',
  UNEXPECTED_TOKEN: 'remove the stray character, or quote the text if it contains `: `, `#`, `[` or `{`',
  BAD_SCALAR_START: 'text that starts with `@`, a backquote, `%`, `|` or `>` must be quoted',
  MULTIPLE_DOCS: 'a content file holds one YAML document: remove the extra `---`',
  BAD_ALIAS: 'the alias (*name) must refer to an anchor (&name) defined earlier in the file',
};

function firstLine(message: string): string {
  return message.split('\n')[0]?.trim() ?? message;
}

function keyAt(text: string, offset: number): string | undefined {
  const match = /^\s*["']?([^"':\n]+)["']?\s*:/.exec(text.slice(offset));
  return match?.[1]?.trim();
}
