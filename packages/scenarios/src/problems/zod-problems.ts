import type { z } from 'zod';
import { didYouMean } from './did-you-mean';
import type { Problem } from './problem';

type Issue = z.core.$ZodIssue;

/**
 * Turns zod's schema issues into problems an author can act on: missing fields, unknown fields
 * (with a likely spelling), wrong types, bad ids, unrecognised conditions.
 *
 * @example
 * const r = RubricSchema.safeParse(raw);
 * if (!r.success) zodProblems(r.error.issues, raw);
 */
export function zodProblems(issues: readonly Issue[], raw: unknown): Problem[] {
  return issues.flatMap((issue) => toProblems(issue, raw));
}

function toProblems(issue: Issue, raw: unknown): Problem[] {
  const path = cleanPath(issue.path);
  const base = { severity: 'error' as const, path, rule: 'schema' };
  const last = path[path.length - 1];
  if (isMissing(issue, raw, path)) {
    const field = String(last ?? '');
    const what =
      issue.code === 'invalid_value' ? `one of: ${issue.values.map(String).join(', ')}` : expectedOf(issue);
    return [
      {
        ...base,
        rule: 'missing-field',
        message: `missing required field "${field}"`,
        fix: `add \`${field}:\` with ${what} (see docs/scenario-format.md)`,
      },
    ];
  }
  switch (issue.code) {
    case 'unrecognized_keys': {
      const siblings = Object.keys(asRecord(valueAt(raw, path)) ?? {}).filter((k) => !issue.keys.includes(k));
      return issue.keys.map((key) => {
        const guess = didYouMean(
          key,
          KNOWN_FIELDS.filter((f) => !siblings.includes(f)),
        );
        return {
          ...base,
          path: [...path, key],
          rule: 'unknown-field',
          message: `unknown field "${key}"`,
          fix: guess
            ? `did you mean "${guess}"? otherwise remove it (see docs/scenario-format.md)`
            : 'remove it or check its spelling against docs/scenario-format.md',
        };
      });
    }
    case 'invalid_type': {
      return [
        {
          ...base,
          message: `expected ${article(issue.expected)}, found ${describe(valueAt(raw, path))}`,
          fix: typeFix(issue.expected),
        },
      ];
    }
    case 'invalid_union':
      return [unionProblem(base, path, raw)];
    case 'invalid_value':
      return [
        {
          ...base,
          message: `"${String(valueAt(raw, path))}" is not allowed here`,
          fix: `use one of: ${issue.values.map((v) => String(v)).join(', ')}`,
        },
      ];
    case 'too_small':
      return [
        {
          ...base,
          message:
            issue.origin === 'array'
              ? `needs at least ${String(issue.minimum)} item(s)`
              : tidy(issue.message),
          fix:
            issue.origin === 'array'
              ? 'add an entry to the list'
              : issue.origin === 'string'
                ? 'write some text here'
                : `use a value of at least ${String(issue.minimum)}`,
        },
      ];
    case 'too_big':
      return [
        { ...base, message: tidy(issue.message), fix: `use a value of at most ${String(issue.maximum)}` },
      ];
    case 'invalid_format':
      return [
        {
          ...base,
          message: `"${String(valueAt(raw, path))}" is not in the right form`,
          fix: issue.message.startsWith('Invalid')
            ? 'see docs/scenario-format.md for this field'
            : issue.message,
        },
      ];
    default: {
      // Custom checks in the schema carry their own advice ("for example ..."): keep it as the message.
      return [{ ...base, message: tidy(issue.message), fix: 'see docs/scenario-format.md for this field' }];
    }
  }
}

function unionProblem(
  base: Pick<Problem, 'severity' | 'path' | 'rule'>,
  path: Problem['path'],
  raw: unknown,
): Problem {
  const inCondition = path.some((p) => p === 'when' || p === 'all' || p === 'any' || p === 'not');
  const last = path[path.length - 1];
  if (inCondition) {
    return {
      ...base,
      rule: 'bad-condition',
      message: `not a condition: ${describe(valueAt(raw, path))}`,
      fix: 'write one of { meter, atLeast/below }, { flag, is }, { affect }, { chose }, { visited }, { decisions }, { all: [...] }, { any: [...] }, { not: ... }',
    };
  }
  if (last === 'next' || path.includes('next')) {
    return {
      ...base,
      rule: 'bad-next',
      message: `not a valid next: ${describe(valueAt(raw, path))}`,
      fix: 'write a beat id, an ending id or "return", or a list of { when, to } with a last entry without when',
    };
  }
  return {
    ...base,
    message: `not a valid value: ${describe(valueAt(raw, path))}`,
    fix: 'text can be one string or a list of alternative strings; see docs/scenario-format.md',
  };
}

// Field names the scenario and rubric formats use, for "did you mean" on unknown fields.
const KNOWN_FIELDS = [
  'id',
  'version',
  'title',
  'summary',
  'trainee',
  'estimatedMinutes',
  'contentNotes',
  'themes',
  'objectives',
  'passThreshold',
  'weights',
  'cast',
  'meters',
  'flags',
  'affect',
  'sessions',
  'start',
  'phases',
  'endings',
  'name',
  'role',
  'description',
  'label',
  'initial',
  'min',
  'max',
  'of',
  'states',
  'when',
  'describe',
  'timeSkip',
  'onStart',
  'session',
  'interruptions',
  'beats',
  'once',
  'contentNote',
  'onEnter',
  'lines',
  'choices',
  'speaker',
  'text',
  'cue',
  'narration',
  'action',
  'effects',
  'evidence',
  'verdict',
  'feedback',
  'sources',
  'critical',
  'reactions',
  'next',
  'to',
  'outcome',
  'debrief',
  'meter',
  'atLeast',
  'below',
  'flag',
  'is',
  'chose',
  'visited',
  'decisions',
  'all',
  'any',
  'not',
  'competencies',
  'code',
  'definition',
  'good',
  'harmful',
];

function isMissing(issue: Issue, raw: unknown, path: readonly (string | number)[]): boolean {
  if (path.length === 0 || valueAt(raw, path) !== undefined) return false;
  if (issue.code !== 'invalid_type' && issue.code !== 'invalid_value' && issue.code !== 'invalid_union')
    return false;
  return asRecord(valueAt(raw, path.slice(0, -1))) !== undefined;
}

function expectedOf(issue: Issue): string {
  return issue.code === 'invalid_type' ? article(issue.expected) : 'a value';
}

function cleanPath(path: readonly PropertyKey[]): (string | number)[] {
  return path.filter((p): p is string | number => typeof p === 'string' || typeof p === 'number');
}

function valueAt(raw: unknown, path: readonly (string | number)[]): unknown {
  let node = raw;
  for (const part of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[part];
  }
  return node;
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function describe(value: unknown): string {
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `text "${value.length > 40 ? `${value.slice(0, 40)}...` : value}"`;
  return `${typeof value} ${String(value)}`;
}

function article(expected: string): string {
  const words: Record<string, string> = {
    string: 'text',
    number: 'a number',
    boolean: 'true or false',
    array: 'a list',
    object: 'a mapping (key: value lines)',
    record: 'a mapping (key: value lines)',
  };
  return words[expected] ?? expected;
}

function typeFix(expected: string): string {
  if (expected === 'string') return 'write text here (quote it if it starts with a special character)';
  if (expected === 'number') return 'write a number without quotes, for example 10 or -5';
  if (expected === 'boolean') return 'write true or false without quotes';
  if (expected === 'array') return 'write a list: `[a, b]` or one `- item` per line';
  return 'write a mapping: one `key: value` per line, indented under this key';
}

function tidy(message: string): string {
  return message.replace(/^Invalid input: /, '').replace(/^Too (small|big): /, '');
}
