import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useT } from '../../i18n/i18n';
import { api } from '../../lib/api';
import type { ApiError } from '../../lib/http';
import type { CourseStep, ProgressRow } from './courseTypes';
import { manageKeys } from './manageQueries';

/**
 * Marks a workshop step done for the trainees who took part
 * (`POST /api/orgs/:orgId/cohorts/:cohortId/steps/:stepId/marks`): a checkbox per enrolled trainee, those
 * already marked shown as such.
 *
 * @example
 * <WorkshopMarks orgId={orgId} cohortId={cohortId} step={step} trainees={progress.trainees} />
 */
export function WorkshopMarks({
  orgId,
  cohortId,
  step,
  trainees,
}: {
  orgId: string;
  cohortId: string;
  step: CourseStep;
  trainees: ProgressRow[];
}) {
  const { t } = useT();
  const id = useId();
  const queryClient = useQueryClient();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<ApiError | null>(null);
  const [outcome, setOutcome] = useState('');
  const mark = useMutation({
    mutationFn: (userIds: string[]) =>
      api.post('/api/orgs/:orgId/cohorts/:cohortId/steps/:stepId/marks', {
        param: { orgId, cohortId, stepId: step.id },
        json: { userIds },
      }),
    onSuccess: (result) => {
      if (!result.ok) return setError(result.error);
      setOutcome(t('courseActions.marked', { count: result.value.added }));
      setChosen(new Set());
      void queryClient.invalidateQueries({ queryKey: manageKeys.progress(orgId, cohortId) });
    },
  });
  const isMarked = (row: ProgressRow) => {
    const s = row.steps.find((x) => x.stepId === step.id);
    return s !== undefined && s.status !== 'not_started' && s.status !== 'in_progress';
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setOutcome('');
    if (chosen.size === 0) return setOutcome(t('courseActions.markNobody'));
    mark.mutate([...chosen]);
  };
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('courseActions.marksHeading', { title: step.title })}</h3>
      {trainees.length === 0 ? (
        <p>{t('courseActions.noTrainees')}</p>
      ) : (
        <form className="cm-form" onSubmit={onSubmit}>
          <p>{t('courseActions.marksLede')}</p>
          <fieldset>
            <legend>{t('courseActions.marksLegend', { title: step.title })}</legend>
            {trainees.map((row) => {
              const done = isMarked(row);
              return (
                <label key={row.id}>
                  <input
                    type="checkbox"
                    disabled={done}
                    checked={done || chosen.has(row.id)}
                    onChange={(e) => {
                      const next = new Set(chosen);
                      if (e.target.checked) next.add(row.id);
                      else next.delete(row.id);
                      setChosen(next);
                    }}
                  />{' '}
                  {row.name} {done ? t('courseActions.alreadyMarked') : null}
                </label>
              );
            })}
          </fieldset>
          <div className="actions">
            <button type="submit" className="button" disabled={mark.isPending}>
              {t('courseActions.markDone', { title: step.title })}
            </button>
          </div>
          <p role="status">{outcome}</p>
          {error ? <ErrorNotice error={error} title={t('courseActions.markFailed')} /> : null}
        </form>
      )}
    </section>
  );
}
