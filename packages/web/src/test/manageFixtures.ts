import type {
  Cohort,
  CohortTrainee,
  Course,
  Heatmap,
  Invite,
  Progress,
  ProgressRow,
  TraineeDetail,
} from '../features/courses-manage/courseTypes';
import { report } from './fixtures';

/**
 * Fixture data shaped like the manager routes' answers (docs/api.md, "Organisations" and "Course runs and
 * progress"), for component tests: a course of a scenario assessment and a workshop session, a cohort of
 * three, and one trainee's attempts.
 */

export const course: Course = {
  id: 'c1',
  title: 'Onboarding',
  description: 'First weeks',
  attemptPolicy: 'best',
  createdAt: '2026-12-01T00:00:00.000Z',
  updatedAt: '2026-12-01T00:00:00.000Z',
  steps: [
    {
      id: 's1',
      kind: 'scenario',
      title: 'Through an interpreter',
      scenarioId: 'through-an-interpreter',
      scenarioVersion: '1.0.0',
      mode: 'assessment',
      passRule: { type: 'score', minScore: 80 },
      dueAt: '2026-12-20T23:59:59.000Z',
    },
    {
      id: 's2',
      kind: 'workshop',
      title: 'Role-play day',
      scenarioId: null,
      scenarioVersion: null,
      mode: null,
      passRule: null,
      dueAt: null,
    },
  ],
};

export const cohort: Cohort = {
  id: 'k1',
  name: 'Winter',
  courseId: 'c1',
  createdAt: '2026-12-01T00:00:00.000Z',
};

export const cohortTrainees: CohortTrainee[] = [
  { id: 'u1', name: 'Ana Ruiz', email: 'ana@example.org', enrolledAt: '2026-12-02T09:00:00.000Z' },
  { id: 'u2', name: 'Ben Osei', email: 'ben@example.org', enrolledAt: '2026-12-02T09:05:00.000Z' },
  { id: 'u3', name: 'Cam Lee', email: 'cam@example.org', enrolledAt: '2026-12-02T09:10:00.000Z' },
];

/** One invite of each status, all for the cohort. */
export const invites: Invite[] = (['active', 'expired', 'revoked', 'used_up'] as const).map((status, i) => ({
  id: `i${i}`,
  role: 'trainee',
  cohortId: 'k1',
  email: null,
  maxUses: null,
  uses: i,
  expiresAt: '2026-12-31T00:00:00.000Z',
  revokedAt: status === 'revoked' ? '2026-12-05T00:00:00.000Z' : null,
  createdAt: '2026-12-01T00:00:00.000Z',
  status,
  url: `/join/token-${i}`,
  delivery: null,
}));

const row = (over: Partial<ProgressRow>): ProgressRow => ({
  id: 'u1',
  name: 'Ana Ruiz',
  email: 'ana@example.org',
  started: true,
  completed: true,
  passed: true,
  score: 88,
  competencies: { 'language-access': 80, safety: 90 },
  criticalErrors: 0,
  timeSpentSeconds: 754,
  overdue: false,
  steps: [
    {
      stepId: 's1',
      status: 'passed',
      passed: true,
      overdue: false,
      attempts: 1,
      countedRunId: 'r1',
      score: 88,
      criticalErrors: 0,
    },
    {
      stepId: 's2',
      status: 'completed',
      passed: null,
      overdue: false,
      attempts: 0,
      countedRunId: null,
      score: null,
      criticalErrors: 0,
    },
  ],
  ...over,
});

export const progress: Progress = {
  cohort,
  course,
  trainees: [
    row({}),
    row({
      id: 'u2',
      name: 'Ben Osei',
      passed: false,
      completed: false,
      score: 42,
      criticalErrors: 1,
      timeSpentSeconds: 30,
      overdue: true,
      steps: [
        {
          stepId: 's1',
          status: 'failed',
          passed: false,
          overdue: false,
          attempts: 2,
          countedRunId: 'r2',
          score: 42,
          criticalErrors: 1,
        },
        {
          stepId: 's2',
          status: 'not_started',
          passed: null,
          overdue: true,
          attempts: 0,
          countedRunId: null,
          score: null,
          criticalErrors: 0,
        },
      ],
    }),
    row({
      id: 'u3',
      name: 'Cam Lee',
      started: false,
      completed: false,
      passed: false,
      score: null,
      competencies: {},
      timeSpentSeconds: 0,
      steps: [],
    }),
  ],
  totals: {
    enrolled: 3,
    started: 2,
    completed: 1,
    passed: 1,
    overdue: 1,
    competencies: [
      { id: 'language-access', name: 'Language access and work with interpreters', score: 53 },
      { id: 'safety', name: 'Safety and risk assessment', score: 75 },
    ],
  },
};

const heatStep = {
  id: 's1',
  title: 'Through an interpreter',
  scenarioId: 'through-an-interpreter',
  version: '1.0.0',
};

/** The heatmap once three trainees have an attempt: one decision shown, one reached by too few. */
export const heatmap: Heatmap = {
  step: heatStep,
  shown: true,
  trainees: 3,
  decisions: [
    {
      beatId: 'arrival',
      label: 'Arrival',
      reached: 3,
      hidden: false,
      best: 1,
      acceptable: 0,
      harmful: 2,
      mostCommonHarmful: {
        choiceId: 'let-rosa-interpret',
        text: 'Thank you, Rosa, please go ahead.',
        count: 2,
      },
    },
    {
      beatId: 'hallway',
      label: 'In the hallway',
      reached: 2,
      hidden: true,
      best: null,
      acceptable: null,
      harmful: null,
      mostCommonHarmful: null,
    },
  ],
};

/** The heatmap while the group is too small to show. */
export const heatmapTooFew: Heatmap = {
  step: heatStep,
  shown: false,
  reason:
    'The heatmap is shown once at least 3 trainees have finished this step, so no one is singled out; 1 has so far.',
  trainees: 1,
  decisions: [],
};

/** Ben's attempts: a finished assessment with a critical error (debrief included), and one still going. */
export const traineeDetail: TraineeDetail = {
  cohort,
  course: { id: 'c1', title: 'Onboarding', attemptRule: 'best' },
  trainee: progress.trainees[1] as ProgressRow,
  steps: [
    {
      stepId: 's1',
      position: 0,
      kind: 'scenario',
      title: 'Through an interpreter',
      status: 'failed',
      markedAt: null,
      attempts: [
        {
          runId: 'r2',
          status: 'ended',
          startedAt: '2026-12-03T10:00:00.000Z',
          finishedAt: '2026-12-03T10:14:00.000Z',
          score: 42,
          criticalError: true,
          passed: false,
          counted: true,
          scenarioVersion: '1.0.0',
          timeSpentSeconds: 840,
          competencies: [
            { id: 'language-access', name: 'Language access and work with interpreters', score: 25 },
            { id: 'safety', name: 'Safety and risk assessment', score: 60 },
          ],
          debrief: report,
        },
        {
          runId: 'r3',
          status: 'active',
          startedAt: '2026-12-04T10:00:00.000Z',
          finishedAt: null,
          score: null,
          criticalError: false,
          passed: null,
          counted: false,
          scenarioVersion: '1.0.0',
          timeSpentSeconds: 45,
          competencies: [],
          debrief: null,
        },
      ],
    },
    {
      stepId: 's2',
      position: 1,
      kind: 'workshop',
      title: 'Role-play day',
      status: 'not_started',
      markedAt: null,
      attempts: [],
    },
  ],
};
