import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useT } from '../../i18n/i18n';
import { api } from '../../lib/api';
import { type ApiError, apiErrorOf } from '../../lib/http';
import { useScenarios } from '../../lib/queries';
import { CourseFields, type CourseFieldValues } from './CourseFields';
import type { Course } from './courseTypes';
import { ManagedOrg } from './ManagedOrg';
import { manageKeys, useCourse } from './manageQueries';
import { StepsEditor } from './StepsEditor';
import { draftOf, type StepDraft, toStepInput } from './stepDraft';
import './courses-manage.css';

/**
 * The edit form of a course: title, description, which attempt counts, and the steps (reorder, add scenario
 * steps or workshop sessions, remove) in the step editor the create form uses too. Saving sends `PATCH`; when a removed step has attempts or marks the
 * server's answer is shown with a button that confirms the removal.
 *
 * @example
 * <CourseEditForm orgId={orgId} course={course} />
 */
export function CourseEditForm({ orgId, course }: { orgId: string; course: Course }) {
  const { t } = useT();
  const scenarios = useScenarios();
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const [fields, setFields] = useState<CourseFieldValues>({
    title: course.title,
    description: course.description,
    attemptPolicy: course.attemptPolicy,
  });
  const [steps, setSteps] = useState<StepDraft[]>(() => course.steps.map(draftOf));
  const [error, setError] = useState<ApiError | null>(null);
  const save = useMutation({
    mutationFn: (confirm: boolean) =>
      api.patch('/api/orgs/:orgId/courses/:courseId', {
        param: { orgId, courseId: course.id },
        query: { confirm: confirm ? 'true' : undefined },
        json: { ...fields, steps: steps.map(toStepInput) },
      }),
    onSuccess: (result) => {
      if (!result.ok) return setError(result.error);
      queryClient.setQueryData(manageKeys.course(orgId, course.id), { course: result.value.course });
      void queryClient.invalidateQueries({ queryKey: manageKeys.courses(orgId) });
      void queryClient.invalidateQueries({ queryKey: ['manage', orgId, 'progress'] });
      navigate(`/manage/courses/${course.id}`);
    },
  });
  const list = (scenarios.data?.scenarios ?? []).map((s) => ({ id: s.id, title: s.title }));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    save.mutate(false);
  };
  const needsConfirm = error?.kind === 'http' && error.code === 'step_has_progress';
  return (
    <form className="cm-form" onSubmit={onSubmit} aria-label={t('courseEdit.title', { title: course.title })}>
      <p>{t('courseEdit.lede')}</p>
      <CourseFields value={fields} onChange={setFields} />
      <h2>{t('courseForm.stepsHeading')}</h2>
      <StepsEditor steps={steps} onChange={setSteps} scenarios={list} markNew />
      <div className="actions">
        <button type="submit" className="button" disabled={save.isPending}>
          {t('courseEdit.save')}
        </button>
      </div>
      {error ? (
        <ErrorNotice
          error={error}
          title={needsConfirm ? t('courseEdit.progressTitle') : t('courseEdit.saveFailed')}
        >
          {needsConfirm ? (
            <>
              <button
                type="button"
                className="button"
                disabled={save.isPending}
                onClick={() => {
                  setError(null);
                  save.mutate(true);
                }}
              >
                {t('courseEdit.confirmRemove')}
              </button>
              <button type="button" className="button button--secondary" onClick={() => setError(null)}>
                {t('courseEdit.keepSteps')}
              </button>
            </>
          ) : null}
        </ErrorNotice>
      ) : null}
    </form>
  );
}

function EditBody({ orgId, courseId }: { orgId: string; courseId: string }) {
  const { t } = useT();
  const course = useCourse(orgId, courseId);
  if (course.isError)
    return <ErrorNotice error={apiErrorOf(course.error)} onRetry={() => course.refetch()} />;
  if (!course.data) return <Loading what={t('courseEdit.loading')} />;
  const c = course.data.course;
  return (
    <>
      <PageHeading title={t('courseEdit.title', { title: c.title })}>
        {t('courseEdit.title', { title: c.title })}
      </PageHeading>
      <CourseEditForm key={c.updatedAt} orgId={orgId} course={c} />
    </>
  );
}

/**
 * `/manage/courses/:courseId/edit`: editing a course (admin or manager).
 *
 * @example
 * <Route path="/manage/courses/:courseId/edit" component={CourseEditPage} />
 */
export function CourseEditPage({ params }: { params: { courseId: string } }) {
  const { t } = useT();
  return (
    <div className="cm-page">
      <p>
        <Link href={`/manage/courses/${params.courseId}`}>{t('courseEdit.back')}</Link>
      </p>
      <ManagedOrg>{(orgId) => <EditBody orgId={orgId} courseId={params.courseId} />}</ManagedOrg>
    </div>
  );
}
