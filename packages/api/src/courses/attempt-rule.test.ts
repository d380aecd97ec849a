import { describe, expect, it } from 'vitest';
import { attempt } from './attempt-fixture';
import { countedAttempt } from './attempt-rule';

describe('countedAttempt', () => {
  const first = attempt('r1', { startedAt: '2026-03-01T10:00:00.000Z', overall: 90 });
  const second = attempt('r2', { startedAt: '2026-03-02T10:00:00.000Z', overall: 60 });
  const critical = attempt('r3', { startedAt: '2026-03-03T10:00:00.000Z', overall: 95, criticalErrors: 1 });
  const active = attempt('r4', { startedAt: '2026-03-04T10:00:00.000Z', status: 'active', overall: 100 });

  it('best: the highest score without a critical error, ignoring unfinished runs', () => {
    expect(countedAttempt([first, second, critical, active], 'best')?.runId).toBe('r1');
  });

  it('best: a critical error loses to a lower clean score, ties go to the earlier run', () => {
    expect(countedAttempt([critical, second], 'best')?.runId).toBe('r2');
    const twin = attempt('r5', { startedAt: '2026-03-05T10:00:00.000Z', overall: 90 });
    expect(countedAttempt([twin, first], 'best')?.runId).toBe('r1');
  });

  it('last: the latest ended run, even when worse', () => {
    expect(countedAttempt([first, critical, second, active], 'last')?.runId).toBe('r3');
  });

  it('nothing counts until a run has ended (an exited run does not count)', () => {
    expect(countedAttempt([active, attempt('r6', { status: 'exited' })], 'best')).toBeUndefined();
    expect(countedAttempt([], 'last')).toBeUndefined();
  });
});
