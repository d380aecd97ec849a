import type { TFunction } from 'i18next';
import { formatDay } from '../../i18n/format';
import type { CourseStep, PassRule, StepStatus } from './courseTypes';

/**
 * A pass rule in words, in the interface language.
 *
 * @example
 * passRuleWords(t, { type: 'score', minScore: 70 }) // 'Score of 70 or more and no critical error'
 */
export function passRuleWords(t: TFunction, rule: PassRule | null): string {
  if (rule === null) return t('courseWords.noRule');
  return rule.type === 'score'
    ? t('courseWords.scoreRule', { min: rule.minScore })
    : t('courseWords.completionRule');
}

/**
 * A step's mode in words.
 *
 * @example
 * modeWords(t, { kind: 'scenario', mode: 'assessment' }) // 'Assessment'
 */
export function modeWords(t: TFunction, step: Pick<CourseStep, 'kind' | 'mode'>): string {
  if (step.kind === 'workshop') return t('courseWords.workshop');
  return step.mode === 'assessment' ? t('courseWords.assessment') : t('courseWords.practice');
}

/**
 * A due date as a calendar day in the interface language (UTC, so it never shifts), or "No due date".
 *
 * @example
 * dueWords(t, '2026-12-20T23:59:59.000Z') // 'Due Dec 20, 2026'
 */
export function dueWords(t: TFunction, dueAt: string | null): string {
  return dueAt ? t('courseWords.due', { date: formatDay(dueAt) }) : t('courseWords.noDue');
}

/**
 * A step status in words (the status column never relies on colour).
 *
 * @example
 * statusWords(t, 'in_progress') // 'In progress'
 */
export function statusWords(t: TFunction, status: StepStatus): string {
  return t(`courseWords.status.${status}`);
}

/**
 * Seconds spent as "12 min" (or "under a minute"; "—" for none).
 *
 * @example
 * minutesWords(t, 750) // '13 min'
 */
export function minutesWords(t: TFunction, seconds: number): string {
  if (seconds < 60) return seconds === 0 ? '—' : t('courseWords.underMinute');
  return t('courseWords.minutes', { count: Math.round(seconds / 60) });
}
