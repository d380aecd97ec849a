import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useT } from '../../i18n/i18n';
import { api } from '../../lib/api';
import { type ApiError, apiErrorOf } from '../../lib/http';
import { CourseActions } from './CourseActions';
import type { Course } from './courseTypes';
import { ManagedOrg } from './ManagedOrg';
import { manageKeys, useCohorts, useCourse } from './manageQueries';
import { dueWords, modeWords, passRuleWords } from './stepWords';
import './courses-manage.css';

function NewCohort({ orgId, courseId }: { orgId: string; courseId: string }) {
  const { t } = useT();
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const [name, setName] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const create = useMutation({
    mutationFn: () => api.post('/api/orgs/:orgId/cohorts', { param: { orgId }, json: { name, courseId } }),
    onSuccess: (result) => {
      if (!result.ok) return setError(result.error);
      void queryClient.invalidateQueries({ queryKey: manageKeys.cohorts(orgId) });
      navigate(`/manage/cohorts/${result.value.cohort.id}`);
    },
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    create.mutate();
  };
  return (
    <form className="cm-form" onSubmit={onSubmit}>
      <label>
        {t('coursePage.cohortName')}
        <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} />
      </label>
      <div className="actions">
        <button type="submit" className="button" disabled={create.isPending}>
          {t('coursePage.createCohortButton')}
        </button>
      </div>
      {error ? <ErrorNotice error={error} title={t('coursePage.createCohortFailed')} /> : null}
    </form>
  );
}

/**
 * The ordered steps of a course as a table: what, mode, pass rule, due date, pinned version. A scenario
 * step's title is the scenario's (English) title, marked so.
 *
 * @example
 * <CourseSteps course={course} />
 */
export function CourseSteps({ course }: { course: Course }) {
  const { t } = useT();
  return (
    <table className="cm-table">
      <caption className="visually-hidden">{t('coursePage.stepsCaption', { title: course.title })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('coursePage.colStep')}</th>
          <th scope="col">{t('coursePage.colWhat')}</th>
          <th scope="col">{t('coursePage.colMode')}</th>
          <th scope="col">{t('coursePage.colRule')}</th>
          <th scope="col">{t('coursePage.colDue')}</th>
          <th scope="col">{t('coursePage.colVersion')}</th>
        </tr>
      </thead>
      <tbody>
        {course.steps.map((s, i) => (
          <tr key={s.id}>
            <td>{i + 1}</td>
            <th scope="row" lang={s.kind === 'scenario' ? 'en' : undefined}>
              {s.title}
            </th>
            <td>{modeWords(t, s)}</td>
            <td>{passRuleWords(t, s.passRule)}</td>
            <td>{dueWords(t, s.dueAt)}</td>
            <td>{s.scenarioVersion ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function CourseBody({ orgId, courseId }: { orgId: string; courseId: string }) {
  const { t } = useT();
  const course = useCourse(orgId, courseId);
  const cohorts = useCohorts(orgId);
  if (course.isError)
    return <ErrorNotice error={apiErrorOf(course.error)} onRetry={() => course.refetch()} />;
  if (!course.data) return <Loading what={t('courseEdit.loading')} />;
  const c = course.data.course;
  const mine = (cohorts.data?.cohorts ?? []).filter((x) => x.courseId === c.id);
  return (
    <>
      <PageHeading title={c.title}>{c.title}</PageHeading>
      <p>{c.attemptPolicy === 'best' ? t('coursePage.policyBest') : t('coursePage.policyLast')}</p>
      <h2>{t('coursePage.steps')}</h2>
      <CourseSteps course={c} />
      <CourseActions orgId={orgId} course={c} />
      <h2>{t('coursePage.cohorts')}</h2>
      {cohorts.isError ? (
        <ErrorNotice error={apiErrorOf(cohorts.error)} onRetry={() => cohorts.refetch()} />
      ) : null}
      {mine.length === 0 ? (
        <p>{t('coursePage.noCohort')}</p>
      ) : (
        <ul className="cm-list">
          {mine.map((x) => (
            <li key={x.id}>
              <Link href={`/manage/cohorts/${x.id}`}>{x.name}</Link>
            </li>
          ))}
        </ul>
      )}
      <h3>{t('coursePage.createCohort')}</h3>
      <NewCohort orgId={orgId} courseId={c.id} />
    </>
  );
}

/**
 * One course: its steps and its cohorts, and a form to start a new cohort.
 *
 * @example
 * <Route path="/manage/courses/:courseId" component={CoursePage} />
 */
export function CoursePage({ params }: { params: { courseId: string } }) {
  const { t } = useT();
  return (
    <div className="cm-page">
      <p>
        <Link href="/manage/courses">{t('coursePage.allCourses')}</Link>
      </p>
      <ManagedOrg>{(orgId) => <CourseBody orgId={orgId} courseId={params.courseId} />}</ManagedOrg>
    </div>
  );
}
