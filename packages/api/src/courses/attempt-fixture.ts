import type { AttemptFacts } from './attempt-rule';

/**
 * An ended attempt for tests, with overrides.
 *
 * @example
 * attempt('r1', { overall: 40 });
 */
export function attempt(runId: string, overrides: Partial<AttemptFacts> = {}): AttemptFacts {
  return {
    runId,
    startedAt: '2026-03-01T10:00:00.000Z',
    updatedAt: '2026-03-01T10:10:00.000Z',
    status: 'ended',
    overall: 80,
    criticalErrors: 0,
    competencies: [{ id: 'trust', name: 'Trust', score: 80 }],
    decisions: [],
    ...overrides,
  };
}
