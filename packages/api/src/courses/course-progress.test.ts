import { describe, expect, it } from 'vitest';
import { attempt } from './attempt-fixture';
import { cohortTotals, type ProgressStep, traineeProgress } from './course-progress';

const steps: ProgressStep[] = [
  {
    id: 'practice',
    kind: 'scenario',
    passRule: 'completion',
    passScore: null,
    dueAt: '2026-03-10T00:00:00.000Z',
  },
  { id: 'assess', kind: 'scenario', passRule: 'score', passScore: 70, dueAt: '2026-03-20T00:00:00.000Z' },
  { id: 'workshop', kind: 'workshop', passRule: null, passScore: null, dueAt: null },
];
const now = new Date('2026-03-15T00:00:00.000Z');

describe('traineeProgress', () => {
  it('a trainee who has not started: nothing started, the past due step overdue', () => {
    const p = traineeProgress(steps, {}, new Set(), 'best', now);
    expect(p).toMatchObject({
      started: false,
      completed: false,
      passed: false,
      overdue: true,
      timeSpentSeconds: 0,
    });
    expect(p.steps.map((s) => [s.state, s.overdue])).toEqual([
      ['not_started', true],
      ['not_started', false],
      ['not_started', false],
    ]);
  });

  it('a trainee who passes: completed, passed, time summed over every attempt, scores averaged', () => {
    const p = traineeProgress(
      steps,
      {
        practice: [attempt('p1', { competencies: [{ id: 'trust', name: 'Trust', score: 60 }] })],
        assess: [
          attempt('a1', { overall: 50, updatedAt: '2026-03-01T10:05:00.000Z' }),
          attempt('a2', { overall: 85, competencies: [{ id: 'trust', name: 'Trust', score: 90 }] }),
        ],
      },
      new Set(['workshop']),
      'best',
      now,
    );
    expect(p).toMatchObject({
      started: true,
      completed: true,
      passed: true,
      overdue: false,
      criticalErrors: 0,
    });
    expect(p.timeSpentSeconds).toBe(600 + 300 + 600);
    expect(p.competencies).toEqual([{ id: 'trust', name: 'Trust', score: 75 }]);
    expect(p.steps[1]).toMatchObject({ countedRunId: 'a2', attempts: 2, passed: true });
  });

  it('a critical error fails a score step even with a high score; last policy counts the last run', () => {
    const assess = [
      attempt('a1', { overall: 90 }),
      attempt('a2', { overall: 95, criticalErrors: 1, startedAt: '2026-03-02T10:00:00.000Z' }),
    ];
    const done = { practice: [attempt('p1')], assess };
    const last = traineeProgress(steps, done, new Set(['workshop']), 'last', now);
    expect(last).toMatchObject({ completed: true, passed: false, criticalErrors: 1 });
    expect(last.steps[1]).toMatchObject({ countedRunId: 'a2', passed: false });
    const best = traineeProgress(steps, done, new Set(['workshop']), 'best', now);
    expect(best).toMatchObject({ completed: true, passed: true, criticalErrors: 0 });
  });

  it('a run still going is in progress, not completed, and a done step is never overdue', () => {
    const p = traineeProgress(
      steps,
      { practice: [attempt('p1')], assess: [attempt('a1', { status: 'active' })] },
      new Set(),
      'best',
      new Date('2026-04-01T00:00:00.000Z'),
    );
    expect(p.steps.map((s) => [s.state, s.overdue])).toEqual([
      ['completed', false],
      ['in_progress', true],
      ['not_started', false],
    ]);
    expect(p).toMatchObject({ started: true, completed: false, overdue: true });
  });
});

describe('cohortTotals', () => {
  // trust: the passing trainee 80 (80, 80); the failing one 50 (80, 20); the idle one none: mean 65.
  it('counts started, completed, passed and overdue trainees and averages competencies', () => {
    const passes = traineeProgress(
      steps,
      { practice: [attempt('p')], assess: [attempt('a')] },
      new Set(['workshop']),
      'best',
      now,
    );
    const fails = traineeProgress(
      steps,
      {
        practice: [attempt('p')],
        assess: [
          attempt('a', { criticalErrors: 2, competencies: [{ id: 'trust', name: 'Trust', score: 20 }] }),
        ],
      },
      new Set(['workshop']),
      'best',
      now,
    );
    const idle = traineeProgress(steps, {}, new Set(), 'best', now);
    expect(cohortTotals([passes, fails, idle])).toEqual({
      enrolled: 3,
      started: 2,
      completed: 2,
      passed: 1,
      overdue: 1,
      competencies: [{ id: 'trust', name: 'Trust', score: 65 }],
    });
  });
});
