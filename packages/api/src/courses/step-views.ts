import type { AttemptFacts } from './attempt-rule';
import type { StepProgress } from './course-progress';
import type { CourseView } from './course-store';

/** A step's status as trainees and managers read it. */
export type StepStatus = 'not_started' | 'in_progress' | 'completed' | 'passed' | 'failed';

/**
 * One word for where a trainee stands on a step: a completed step with a pass rule is passed or failed.
 *
 * @example
 * stepStatus({ state: 'completed', passed: false, ... }); // 'failed'
 */
export function stepStatus(p: Pick<StepProgress, 'state' | 'passed'>): StepStatus {
  if (p.state !== 'completed') return p.state;
  if (p.passed === true) return 'passed';
  if (p.passed === false) return 'failed';
  return 'completed';
}

/** Whether one ended attempt meets the step's pass rule (null: no rule, or the attempt has not ended). */
export function attemptPassed(step: CourseView['steps'][number], facts: AttemptFacts): boolean | null {
  if (facts.status !== 'ended' || step.passRule === null) return null;
  if (step.passRule.type === 'completion') return true;
  return facts.overall >= step.passRule.minScore && facts.criticalErrors === 0;
}

/**
 * An attempt as the course pages list it. `finishedAt` is null while the run is active.
 *
 * @example
 * attemptView(step, facts, progress.countedRunId).counted; // true
 */
export function attemptView(
  step: CourseView['steps'][number],
  facts: AttemptFacts,
  countedRunId: string | null,
) {
  return {
    runId: facts.runId,
    status: facts.status,
    startedAt: facts.startedAt,
    finishedAt: facts.status === 'active' ? null : facts.updatedAt,
    score: facts.status === 'ended' ? facts.overall : null,
    criticalError: facts.criticalErrors > 0,
    passed: attemptPassed(step, facts),
    counted: facts.runId === countedRunId,
  };
}
