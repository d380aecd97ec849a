import type { Mode } from '@doorway/engine';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { ErrorNotice } from '../../components/ErrorNotice';
import { type ApiError, apiRequest } from '../../lib/http';
import { openStartedRun } from '../../lib/openStartedRun';
import type { StartRunResponse } from '../../lib/types';
import type { MyAttempt, MyStep, MyStepStatus } from './myCourseTypes';

const statusWords: Record<MyStepStatus, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  completed: 'Done',
  passed: 'Done · passed',
  failed: 'Done · not passed',
};

function attemptWords(a: MyAttempt): string {
  if (a.status === 'active') return 'Not finished yet';
  if (a.status === 'exited') return 'Left before the end';
  const result = a.passed === null ? '' : a.passed ? ', passed' : ', not passed';
  return `Score ${a.score ?? '—'}${a.criticalError ? ', a critical error' : ''}${result}`;
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
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const [error, setError] = useState<ApiError | null>(null);
  const active = step.attempts.find((a) => a.status === 'active');
  const start = useMutation({
    mutationFn: () =>
      apiRequest<StartRunResponse>(
        'POST',
        `/api/me/courses/${encodeURIComponent(courseId)}/steps/${encodeURIComponent(step.id)}/runs`,
      ),
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
      <h3 id={headingId}>
        Step {n}: {step.title}
      </h3>
      <p>
        <strong>
          {step.next ? 'Next · ' : ''}
          {statusWords[step.status]}
        </strong>
        {step.kind === 'workshop' ? ' · a workshop session, marked by the facilitator' : ''}
        {step.mode === 'assessment' ? ' · assessment' : step.mode === 'practice' ? ' · practice' : ''}
        {step.dueAt ? ` · due ${step.dueAt.slice(0, 10)}` : ''}
        {step.overdue ? ' · overdue' : ''}
      </p>
      {step.kind === 'scenario' ? (
        <div className="actions">
          {active ? (
            <Link className="button" href={`/runs/${active.runId}`}>
              Continue step {n}
            </Link>
          ) : done ? null : (
            <button
              type="button"
              className="button"
              disabled={start.isPending}
              onClick={() => start.mutate()}
            >
              {step.attempts.length === 0 ? `Start step ${n}` : `Try step ${n} again`}
            </button>
          )}
        </div>
      ) : null}
      {error ? <ErrorNotice error={error} title="Could not start the step" /> : null}
      {step.attempts.length > 0 ? (
        <>
          <h4>Your attempts</h4>
          <ul>
            {step.attempts.map((a, i) => (
              <li key={a.runId}>
                Attempt {i + 1} ({a.startedAt.slice(0, 10)}): {attemptWords(a)}
                {a.counted ? ' · this one counts' : ''}
                {a.status === 'ended' ? (
                  <>
                    {' · '}
                    <Link href={debriefHref(courseId, a)}>Debrief of attempt {i + 1}</Link>
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
