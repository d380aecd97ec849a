import type { z } from 'zod';
import type { Problem } from '../runtime/types';
import { didYouMean } from '../util/did-you-mean';
import { keysOf, objectsAt } from './schema-walk';

type Issue = z.core.$ZodIssue;
type Path = (string | number)[];

const CONDITION_KEYS = ['meter', 'flag', 'affect', 'chose', 'visited', 'decisions', 'all', 'any', 'not'];

function valueAt(raw: unknown, path: Path): unknown {
  let cur = raw;
  for (const k of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[k];
  }
  return cur;
}

function describe(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  // JSON would write Infinity (a YAML number) as null.
  return `${typeof v} ${typeof v === 'string' ? JSON.stringify(v) : String(v)}`;
}

function toPath(p: PropertyKey[]): Path {
  return p.map((k) => (typeof k === 'symbol' ? String(k) : k));
}

/** Whether `path` names a field left out of a mapping that exists (not a value that is wrong). */
function absentField(raw: unknown, path: Path): path is [...Path, string] {
  const field = path[path.length - 1];
  if (typeof field !== 'string') return false;
  const parent = valueAt(raw, path.slice(0, -1));
  return parent !== null && typeof parent === 'object' && !Array.isArray(parent) && !(field in parent);
}

/**
 * The one translator of zod issues into plain Problems with a concrete fix, for every file an author
 * writes (scenarios, the rubric, and the content package's own files: sources, string tables, the
 * out-of-scope list). Union errors are resolved to the branch the author meant: for conditions, the
 * branch named by the condition's key; otherwise the branch with the fewest issues. A field left out is
 * `missing required field "x"`; an unknown key is named, with the closest allowed one and all of them
 * (read from `root`, the schema the data was parsed with).
 *
 * @example
 * zodProblems(ScenarioSchema, raw, result.error.issues)
 */
export function zodProblems(
  root: z.ZodType,
  raw: unknown,
  issues: readonly Issue[],
  base: Path = [],
): Problem[] {
  const out: Problem[] = [];
  for (const issue of issues) {
    const path = [...base, ...toPath(issue.path)];
    const value = valueAt(raw, path);
    if (issue.code === 'invalid_union') {
      const branches = issue.errors;
      if (
        branches.length === CONDITION_KEYS.length &&
        value &&
        typeof value === 'object' &&
        !Array.isArray(value)
      ) {
        const keys = Object.keys(value);
        const i = CONDITION_KEYS.findIndex((k) => keys.includes(k));
        const branch = branches[i];
        if (i >= 0 && branch) {
          out.push(...zodProblems(root, raw, branch, path));
          continue;
        }
        out.push({
          severity: 'error',
          rule: 'condition-shape',
          path,
          message: `this condition has none of the known keys (found: ${keys.join(', ') || 'none'})`,
          fix: `start the condition with one of: ${CONDITION_KEYS.join(', ')}; for example { meter: trust, atLeast: 40 }`,
        });
        continue;
      }
      if (branches.length === CONDITION_KEYS.length) {
        out.push({
          severity: 'error',
          rule: 'condition-shape',
          path,
          message: `a condition must be a mapping, found ${describe(value)}`,
          fix: 'write it as a mapping, for example { flag: rosaInRoom, is: false }',
        });
        continue;
      }
      // A branch whose only complaint is the value's type is not the one the author meant.
      const wrongType = (b: readonly Issue[]) =>
        b.every((i) => i.code === 'invalid_type' && i.path.length === 0);
      const meant = branches.filter((b) => !wrongType(b)).sort((a, b) => a.length - b.length);
      const best = meant[0];
      if (!best) {
        out.push({
          severity: 'error',
          rule: 'schema',
          path,
          message: `unexpected ${describe(value)} here`,
          fix: 'write either a single text/id or a list, as the scenario format describes for this field',
        });
        continue;
      }
      out.push(...zodProblems(root, raw, best, path));
      continue;
    }
    if (issue.code === 'unrecognized_keys') {
      const allowed = [...new Set(objectsAt(root, path).flatMap(keysOf))];
      for (const key of issue.keys) {
        const guess = didYouMean(key, allowed);
        out.push({
          severity: 'error',
          rule: 'unknown-key',
          path: [...path, key],
          message: `unknown key \`${key}\``,
          fix: `${guess ? `did you mean \`${guess}\`? ` : ''}allowed keys here: ${allowed.join(', ')}`,
        });
      }
      continue;
    }
    if ((issue.code === 'invalid_type' || issue.code === 'invalid_value') && absentField(raw, path)) {
      const field = path[path.length - 1];
      out.push({
        severity: 'error',
        rule: 'missing-field',
        path,
        message: `missing required field "${field}"`,
        fix:
          issue.code === 'invalid_type'
            ? `add \`${field}:\` (${issue.expected})`
            : `add \`${field}:\`; use one of: ${issue.values.map((v) => String(v)).join(', ')}`,
      });
      continue;
    }
    if (issue.code === 'invalid_type') {
      const missing = value === undefined;
      out.push({
        severity: 'error',
        rule: missing ? 'missing-field' : 'schema',
        path,
        message: missing
          ? `\`${String(path[path.length - 1] ?? 'value')}\` is required`
          : `expected ${issue.expected}, found ${describe(value)}`,
        fix: missing
          ? `add \`${String(path[path.length - 1] ?? 'value')}\` (${issue.expected})`
          : `write ${issue.expected} here`,
      });
      continue;
    }
    if (issue.code === 'invalid_value') {
      out.push({
        severity: 'error',
        rule: 'schema',
        path,
        message: `${describe(value)} is not allowed here`,
        fix: `use one of: ${issue.values.map((v) => String(v)).join(', ')}`,
      });
      continue;
    }
    if (issue.code === 'too_small' && (issue.origin === 'array' || issue.origin === 'string')) {
      const field = String([...path].reverse().find((k) => typeof k === 'string') ?? 'this');
      out.push({
        severity: 'error',
        rule: 'schema',
        path,
        message:
          issue.origin === 'array'
            ? `\`${field}\` needs at least ${issue.minimum} ${Number(issue.minimum) === 1 ? 'entry' : 'entries'}`
            : Number(issue.minimum) > 1
              ? // Not naming the field keeps the position on the text that is too short, not its key.
                `needs at least ${issue.minimum} characters`
              : `\`${field}\` is empty`,
        fix:
          issue.origin === 'array'
            ? `add an entry to \`${field}\``
            : Number(issue.minimum) > 1
              ? `write at least ${issue.minimum} characters in \`${field}\``
              : `write something in \`${field}\``,
      });
      continue;
    }
    out.push({
      severity: 'error',
      rule: 'schema',
      path,
      message: issue.message,
      fix:
        issue.code === 'too_small'
          ? 'add at least one entry or a non-empty value'
          : issue.code === 'invalid_format'
            ? 'follow the format named in the message'
            : 'correct the value as the message says',
    });
  }
  return out;
}
