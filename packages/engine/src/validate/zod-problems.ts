import type { z } from 'zod';
import type { Problem } from '../runtime/types';
import { closest } from '../util/closest';
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
  return typeof v === 'object' ? 'a mapping' : `${typeof v} ${JSON.stringify(v)}`;
}

function toPath(p: PropertyKey[]): Path {
  return p.map((k) => (typeof k === 'symbol' ? String(k) : k));
}

/**
 * Turn zod issues into plain Problems with a concrete fix. Union errors are resolved to the branch the
 * author meant: for conditions, the branch named by the condition's key; otherwise the branch with the
 * fewest issues. Unknown keys name the key, suggest the closest allowed one and list them all.
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
        const guess = closest(key, allowed);
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
            ? `\`${field}\` needs at least ${issue.minimum} entry`
            : `\`${field}\` is empty`,
        fix: issue.origin === 'array' ? `add an entry to \`${field}\`` : `write something in \`${field}\``,
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
