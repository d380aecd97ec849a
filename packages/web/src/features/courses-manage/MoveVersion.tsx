import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useT } from '../../i18n/i18n';
import { api } from '../../lib/api';
import type { ApiError } from '../../lib/http';
import type { Course } from './courseTypes';
import { manageKeys } from './manageQueries';

/**
 * Moves every scenario step of a course to the scenario's newest version
 * (`POST /api/orgs/:orgId/courses/:courseId/move-version`) and says which steps moved.
 *
 * @example
 * <MoveVersion orgId={orgId} course={course} />
 */
export function MoveVersion({ orgId, course }: { orgId: string; course: Course }) {
  const { t } = useT();
  const queryClient = useQueryClient();
  const [error, setError] = useState<ApiError | null>(null);
  const [outcome, setOutcome] = useState('');
  const move = useMutation({
    mutationFn: () =>
      api.post('/api/orgs/:orgId/courses/:courseId/move-version', {
        param: { orgId, courseId: course.id },
        json: {},
      }),
    onSuccess: (result) => {
      if (!result.ok) return setError(result.error);
      const { moved } = result.value;
      const position = (id: string) => course.steps.findIndex((s) => s.id === id) + 1;
      setOutcome(
        moved.length === 0
          ? t('courseActions.movedNone')
          : t('courseActions.moved', {
              steps: moved
                .map((m) =>
                  t('courseActions.movedStep', { n: position(m.stepId), from: m.from ?? '—', to: m.to }),
                )
                .join('; '),
            }),
      );
      queryClient.setQueryData(manageKeys.course(orgId, course.id), { course: result.value.course });
      void queryClient.invalidateQueries({ queryKey: manageKeys.courses(orgId) });
    },
  });
  if (!course.steps.some((s) => s.kind === 'scenario')) return null;
  return (
    <section aria-labelledby="move-version-heading">
      <h2 id="move-version-heading">{t('courseActions.moveHeading')}</h2>
      <p>{t('courseActions.moveLede')}</p>
      <div className="actions">
        <button
          type="button"
          className="button button--secondary"
          disabled={move.isPending}
          onClick={() => {
            setError(null);
            setOutcome('');
            move.mutate();
          }}
        >
          {t('courseActions.move')}
        </button>
      </div>
      <p role="status">{outcome}</p>
      {error ? <ErrorNotice error={error} title={t('courseActions.moveFailed')} /> : null}
    </section>
  );
}
