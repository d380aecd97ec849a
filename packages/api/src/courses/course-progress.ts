import { type AttemptFacts, type AttemptPolicy, countedAttempt } from './attempt-rule';

/** A course step as the progress core sees it. */
export interface ProgressStep {
  id: string;
  kind: 'scenario' | 'workshop';
  passRule: 'score' | 'completion' | null;
  passScore: number | null;
  dueAt: string | null;
}

/** Where one trainee stands on one step. */
export interface StepProgress {
  stepId: string;
  state: 'not_started' | 'in_progress' | 'completed';
  /** Null when the step has no pass rule or is not completed. */
  passed: boolean | null;
  overdue: boolean;
  attempts: number;
  /** The run the course records (best or last), when one ended. */
  countedRunId: string | null;
  overall: number | null;
  criticalErrors: number;
}

/** Where one trainee stands on a course. */
export interface TraineeProgress {
  started: boolean;
  completed: boolean;
  /** Completed and every step with a pass rule passed. */
  passed: boolean;
  overdue: boolean;
  criticalErrors: number;
  /** Seconds between the start and last change of every attempt. */
  timeSpentSeconds: number;
  /** Mean score per competency over the counted attempts. */
  competencies: { id: string; name: string; score: number }[];
  steps: StepProgress[];
}

function seconds(a: AttemptFacts): number {
  const spent = (Date.parse(a.updatedAt) - Date.parse(a.startedAt)) / 1000;
  return Number.isFinite(spent) && spent > 0 ? Math.round(spent) : 0;
}

function stepProgress(
  step: ProgressStep,
  attempts: AttemptFacts[],
  marked: boolean,
  policy: AttemptPolicy,
  now: Date,
): { progress: StepProgress; counted: AttemptFacts | undefined } {
  const counted = step.kind === 'scenario' ? countedAttempt(attempts, policy) : undefined;
  const completed = step.kind === 'workshop' ? marked : counted !== undefined;
  const state = completed ? 'completed' : attempts.length > 0 ? 'in_progress' : 'not_started';
  let passed: boolean | null = null;
  if (completed && step.kind === 'workshop') passed = true;
  else if (completed && step.passRule === 'completion') passed = true;
  else if (completed && step.passRule === 'score' && counted)
    passed = counted.overall >= (step.passScore ?? 0) && counted.criticalErrors === 0;
  const overdue = !completed && step.dueAt !== null && Date.parse(step.dueAt) < now.getTime();
  return {
    counted,
    progress: {
      stepId: step.id,
      state,
      passed,
      overdue,
      attempts: attempts.length,
      countedRunId: counted?.runId ?? null,
      overall: counted?.overall ?? null,
      criticalErrors: counted?.criticalErrors ?? 0,
    },
  };
}

/**
 * One trainee's progress on a course, from their attempts per step and the workshop steps marked done.
 * Pure: `now` decides what is overdue.
 *
 * @example
 * const p = traineeProgress(steps, { s1: [attempt] }, new Set(), 'best', new Date());
 * p.completed; p.steps[0]?.passed;
 */
export function traineeProgress(
  steps: ProgressStep[],
  attemptsByStep: Readonly<Record<string, AttemptFacts[]>>,
  markedSteps: ReadonlySet<string>,
  policy: AttemptPolicy,
  now: Date,
): TraineeProgress {
  const results = steps.map((s) =>
    stepProgress(s, attemptsByStep[s.id] ?? [], markedSteps.has(s.id), policy, now),
  );
  const all = steps.flatMap((s) => attemptsByStep[s.id] ?? []);
  const scores = new Map<string, { name: string; total: number; n: number }>();
  for (const { counted } of results) {
    for (const c of counted?.competencies ?? []) {
      const entry = scores.get(c.id) ?? { name: c.name, total: 0, n: 0 };
      entry.total += c.score;
      entry.n += 1;
      scores.set(c.id, entry);
    }
  }
  const progress = results.map((r) => r.progress);
  const completed = steps.length > 0 && progress.every((p) => p.state === 'completed');
  return {
    started: progress.some((p) => p.state !== 'not_started'),
    completed,
    passed: completed && progress.every((p) => p.passed !== false),
    overdue: progress.some((p) => p.overdue),
    criticalErrors: progress.reduce((n, p) => n + p.criticalErrors, 0),
    timeSpentSeconds: all.reduce((n, a) => n + seconds(a), 0),
    competencies: [...scores].map(([id, e]) => ({ id, name: e.name, score: Math.round(e.total / e.n) })),
    steps: progress,
  };
}

/** A cohort's totals over its trainees' progress. */
export interface CohortTotals {
  enrolled: number;
  started: number;
  completed: number;
  passed: number;
  overdue: number;
  /** Mean of the trainees' competency scores, over the trainees who have one. */
  competencies: { id: string; name: string; score: number }[];
}

/**
 * Sums trainees' progress into cohort totals.
 *
 * @example
 * cohortTotals([a, b, c]).passed; // 1
 */
export function cohortTotals(trainees: TraineeProgress[]): CohortTotals {
  const scores = new Map<string, { name: string; total: number; n: number }>();
  for (const t of trainees) {
    for (const c of t.competencies) {
      const entry = scores.get(c.id) ?? { name: c.name, total: 0, n: 0 };
      entry.total += c.score;
      entry.n += 1;
      scores.set(c.id, entry);
    }
  }
  return {
    enrolled: trainees.length,
    started: trainees.filter((t) => t.started).length,
    completed: trainees.filter((t) => t.completed).length,
    passed: trainees.filter((t) => t.passed).length,
    overdue: trainees.filter((t) => t.overdue).length,
    competencies: [...scores].map(([id, e]) => ({ id, name: e.name, score: Math.round(e.total / e.n) })),
  };
}
