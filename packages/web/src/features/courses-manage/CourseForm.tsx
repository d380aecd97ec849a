import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useLocation } from 'wouter';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useT } from '../../i18n/i18n';
import { api } from '../../lib/api';
import type { ApiError } from '../../lib/http';
import { useScenarios } from '../../lib/queries';
import { CourseFields, type CourseFieldValues } from './CourseFields';
import type { CreateCourseInput } from './courseTypes';
import { manageKeys } from './manageQueries';
import { StepsEditor } from './StepsEditor';
import { newDraft, type StepDraft, toStepInput } from './stepDraft';

/**
 * Creating a course: a title, which attempt counts, and ordered steps (scenario from the catalog, mode,
 * pass rule, due date, or a workshop session), edited with the same step editor as the edit form. Each
 * scenario step is pinned to the scenario version served now.
 *
 * @example
 * <CourseForm orgId={org.id} />
 */
export function CourseForm({ orgId }: { orgId: string }) {
  const { t } = useT();
  const scenarios = useScenarios();
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const [fields, setFields] = useState<CourseFieldValues>({
    title: '',
    description: '',
    attemptPolicy: 'best',
  });
  const [steps, setSteps] = useState<StepDraft[]>(() => [newDraft('scenario')]);
  const [error, setError] = useState<ApiError | null>(null);
  const create = useMutation({
    mutationFn: (body: CreateCourseInput) =>
      api.post('/api/orgs/:orgId/courses', { param: { orgId }, json: body }),
    onSuccess: (result) => {
      if (!result.ok) return setError(result.error);
      void queryClient.invalidateQueries({ queryKey: manageKeys.courses(orgId) });
      navigate(`/manage/courses/${result.value.course.id}`);
    },
  });
  const list = (scenarios.data?.scenarios ?? []).map((s) => ({ id: s.id, title: s.title }));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    create.mutate({ ...fields, steps: steps.map(toStepInput) });
  };
  return (
    <form className="cm-form" onSubmit={onSubmit} aria-labelledby="new-course-heading">
      <h2 id="new-course-heading">{t('courseForm.createHeading')}</h2>
      <CourseFields value={fields} onChange={setFields} />
      <h3>{t('courseForm.stepsHeading')}</h3>
      <StepsEditor steps={steps} onChange={setSteps} scenarios={list} />
      <div className="actions">
        <button type="submit" className="button" disabled={create.isPending}>
          {t('courseForm.create')}
        </button>
      </div>
      {error ? <ErrorNotice error={error} title={t('courseForm.createFailed')} /> : null}
    </form>
  );
}
