import type { z } from 'zod';
import { didYouMean } from './did-you-mean';
import type { Problem } from './problem';

type Issue = z.core.$ZodIssue;

/**
 * Turns zod's issues for the package's own files (sources.yaml, the out-of-scope list) into problems an
 * author can act on: missing fields, unknown fields with a likely spelling, wrong types. Scenario and
 * rubric files are validated by the engine, which has its own wording.
 *
 * @example
 * const r = SourcesSchema.safeParse(raw);
 * if (!r.success) zodProblems(r.error.issues, raw);
 */
export function zodProblems(issues: readonly Issue[], raw: unknown): Problem[] {
  return issues.flatMap((issue) => toProblems(issue, raw));
}

// Field names of the package's own files, for "did you mean" on unknown fields.
const KNOWN_FIELDS = [
  'documents',
  'guidance',
  'references',
  'outOfScope',
  'id',
  'title',
  'publisher',
  'document',
  'section',
  'text',
  'key',
  'citation',
  'reason',
];

const SEE = 'see docs/scenario-format.md';

function toProblems(issue: Issue, raw: unknown): Problem[] {
  const path = issue.path.filter((p): p is string | number => typeof p === 'string' || typeof p === 'number');
  const base = { severity: 'error' as const, path, rule: 'schema' };
  const field = String(path[path.length - 1] ?? '');
  const value = valueAt(raw, path);
  if (value === undefined && isRecord(valueAt(raw, path.slice(0, -1))) && issue.code === 'invalid_type') {
    return [
      {
        ...base,
        rule: 'missing-field',
        message: `missing required field "${field}"`,
        fix: `add \`${field}:\` with ${expected(issue.expected)} (${SEE})`,
      },
    ];
  }
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const guess = didYouMean(key, KNOWN_FIELDS);
        return {
          ...base,
          path: [...path, key],
          rule: 'unknown-field',
          message: `unknown field "${key}"`,
          fix: guess
            ? `did you mean "${guess}"? otherwise remove it (${SEE})`
            : `remove it or check its spelling (${SEE})`,
        };
      });
    case 'invalid_type':
      return [
        { ...base, message: `expected ${expected(issue.expected)}, found ${describe(value)}`, fix: SEE },
      ];
    case 'too_small':
      return [
        {
          ...base,
          message:
            issue.origin === 'array'
              ? `needs at least ${String(issue.minimum)} item(s)`
              : issue.origin === 'string'
                ? `needs at least ${String(issue.minimum)} characters`
                : tidy(issue.message),
          fix: issue.origin === 'string' ? 'write more text here' : 'add an entry',
        },
      ];
    default:
      return [{ ...base, message: tidy(issue.message), fix: SEE }];
  }
}

function valueAt(raw: unknown, path: readonly (string | number)[]): unknown {
  let node = raw;
  for (const part of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[part];
  }
  return node;
}

function isRecord(value: unknown): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return typeof value === 'string' ? `text "${value}"` : `${typeof value} ${String(value)}`;
}

function expected(type: string): string {
  const words: Record<string, string> = {
    string: 'text',
    number: 'a number',
    array: 'a list',
    object: 'a mapping',
  };
  return words[type] ?? type;
}

function tidy(message: string): string {
  return message.replace(/^Invalid input: /, '').replace(/^Too (small|big): /, '');
}
