import type { CourseStep, PassRule, StepStatus } from './courseTypes';

/**
 * A pass rule in words.
 *
 * @example
 * passRuleWords({ type: 'score', minScore: 70 }) // 'Score of 70 or more and no critical error'
 */
export function passRuleWords(rule: PassRule | null): string {
  if (rule === null) return 'No pass rule';
  return rule.type === 'score' ? `Score of ${rule.minScore} or more and no critical error` : 'Completion';
}

/** A step's mode in words. */
export function modeWords(step: Pick<CourseStep, 'kind' | 'mode'>): string {
  if (step.kind === 'workshop') return 'Workshop session';
  return step.mode === 'assessment' ? 'Assessment' : 'Practice';
}

/** A due date as a day, or "No due date". */
export function dueWords(dueAt: string | null): string {
  return dueAt ? `Due ${dueAt.slice(0, 10)}` : 'No due date';
}

/** Words for each step status (the status column never relies on colour). */
export const statusWords: Record<StepStatus, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  completed: 'Completed',
  passed: 'Passed',
  failed: 'Failed',
};
