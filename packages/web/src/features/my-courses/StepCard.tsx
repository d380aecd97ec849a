import type { Mode } from '@doorway/engine';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatDay, formatNumber } from '../../i18n/format';
import { useT } from '../../i18n/i18n';
import { api } from '../../lib/api';
import type { ApiError } from '../../lib/http';
import { openStartedRun } from '../../lib/openStartedRun';
import type { MyAttempt, MyStep } from './myCourseTypes';

type TFn = ReturnType<typeof useT>['t'];

function attemptWords(t: TFn, a: MyAttempt): string {
  if (a.status === 'active') return t('myCourses.notFinished');
  if (a.status === 'exited') return t('myCourses.leftEarly');
  const result = a.passed === null ? '' : a.passed ? t('myCourses.passed') : t('myCourses.notPassed');
  const score = a.score === null ? '—' : formatNumber(a.score);
  return `${t('myCourses.score', { score })}${a.criticalError ? t('myCourses.aCritical') : ''}${result}`;
}

/** The address of an attempt's debrief in the web app, read through the course (works on any browser). */
function debriefHref(courseId: string, a: MyAttempt): string {
  return `/my/courses/${encodeURIComponent(courseId)}/attempts/${encodeURIComponent(a.runId)}/debrief`;
}

/**
 * One step of a trainee's course: status in words, due date, a button to start (or continue) it,
 * and the attempts made so far with links to their debriefs.
 *
 * @example
 * <StepCard courseId={c.course.id} step={step} />
 */
export function StepCard({ courseId, step }: { courseId: string; step: MyStep }) {
  const { t } = useT();
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const [error, setError] = useState<ApiError | null>(null);
  const active = step.attempts.find((a) => a.status === 'active');
  const start = useMutation({
    mutationFn: () =>
      api.post('/api/me/courses/:courseId/steps/:stepId/runs', { param: { courseId, stepId: step.id } }),
    onSuccess: (result) => {
      if (!result.ok) return setError(result.error);
      navigate(
        openStartedRun(queryClient, result.value, step.scenarioTitle ?? step.title, step.mode as Mode),
      );
    },
  });
  // Positions from the server count from 0; people count from 1.
  const n = step.position + 1;
  const headingId = `step-${step.id}`;
  const done = step.status === 'completed' || step.status === 'passed';
  return (
    <li className={`mc-step${step.next ? ' mc-step--next' : ''}`} aria-labelledby={headingId}>
      <h3 id={headingId}>{t('myCourses.step', { n, title: step.title })}</h3>
      <p>
        <strong>
          {step.next ? t('myCourses.next') : ''}
          {t(`myCourses.status.${step.status}`)}
        </strong>
        {step.kind === 'workshop' ? t('myCourses.workshopStep') : ''}
        {step.mode === 'assessment'
          ? t('myCourses.assessment')
          : step.mode === 'practice'
            ? t('myCourses.practice')
            : ''}
        {step.dueAt ? t('myCourses.due', { date: formatDay(step.dueAt) }) : ''}
        {step.overdue ? t('myCourses.overdue') : ''}
      </p>
      {step.kind === 'scenario' ? (
        <div className="actions">
          {active ? (
            <Link className="button" href={`/runs/${active.runId}`}>
              {t('myCourses.continue', { n })}
            </Link>
          ) : done ? null : (
            <button
              type="button"
              className="button"
              disabled={start.isPending}
              onClick={() => start.mutate()}
            >
              {step.attempts.length === 0 ? t('myCourses.start', { n }) : t('myCourses.again', { n })}
            </button>
          )}
        </div>
      ) : null}
      {error ? <ErrorNotice error={error} title={t('myCourses.couldNotStart')} /> : null}
      {step.attempts.length > 0 ? (
        <>
          <h4>{t('myCourses.attempts')}</h4>
          <ul>
            {step.attempts.map((a, i) => (
              <li key={a.runId}>
                {t('myCourses.attempt', {
                  n: i + 1,
                  date: formatDay(a.startedAt),
                  result: attemptWords(t, a),
                })}
                {a.counted ? t('myCourses.counts') : ''}
                {a.status === 'ended' ? (
                  <>
                    {' · '}
                    <Link href={debriefHref(courseId, a)}>{t('myCourses.attemptDebrief', { n: i + 1 })}</Link>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </li>
  );
}
