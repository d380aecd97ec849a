import { describe, expect, it } from 'vitest';
import { formatPath } from './format-path';
import { formatProblem } from './format-problem';

describe('formatPath', () => {
  it('joins keys with dots and writes list indexes in brackets', () => {
    expect(formatPath(['phases', 'intake', 'beats', 'arrival', 'choices', 2, 'next'])).toBe(
      'phases.intake.beats.arrival.choices[2].next',
    );
    expect(formatPath(['next', 0, 'when'])).toBe('next[0].when');
    expect(formatPath([])).toBe('(top level)');
  });
});

describe('formatProblem', () => {
  const problem = {
    file: '/repo/content/a.yaml',
    line: 12,
    col: 7,
    path: ['start'],
    severity: 'error' as const,
    message: 'unknown beat `arival`',
    fix: 'did you mean `arrival`?',
    rule: 'unknown-beat',
  };

  it('writes file:line:col, path, message and fix separated by two spaces', () => {
    expect(formatProblem(problem, { relativeTo: '/repo' })).toBe(
      'content/a.yaml:12:7  start  unknown beat `arival`  (did you mean `arrival`?)',
    );
  });

  it('marks warnings with their rule name and keeps the absolute path without relativeTo', () => {
    expect(formatProblem({ ...problem, severity: 'warning' })).toBe(
      '/repo/content/a.yaml:12:7  start  warning[unknown-beat]: unknown beat `arival`  (did you mean `arrival`?)',
    );
  });
});
