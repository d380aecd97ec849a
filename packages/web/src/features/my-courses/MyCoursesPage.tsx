import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useT } from '../../i18n/i18n';
import { api } from '../../lib/api';
import { apiErrorOf, orThrow } from '../../lib/http';
import { StepCard } from './StepCard';
import './my-courses.css';

/**
 * A trainee's courses: what is next, what is done, attempts and debriefs, and the completion record
 * once every step is done.
 *
 * @example
 * <Route path="/my/courses" component={MyCoursesPage} />
 */
export function MyCoursesPage() {
  const { t } = useT();
  const courses = useQuery({
    queryKey: ['me', 'courses'],
    retry: false,
    queryFn: () => api.get('/api/me/courses').then(orThrow),
  });
  const error = courses.isError ? apiErrorOf(courses.error) : null;
  return (
    <div className="mc-page">
      <PageHeading title={t('myCourses.title')}>{t('myCourses.title')}</PageHeading>
      {error && error.kind === 'http' && error.status === 401 ? (
        <p>{t('myCourses.signIn')}</p>
      ) : error ? (
        <ErrorNotice error={error} onRetry={() => courses.refetch()} />
      ) : !courses.data ? (
        <Loading what={t('myCourses.loading')} />
      ) : courses.data.courses.length === 0 ? (
        <p>{t('myCourses.none')}</p>
      ) : (
        courses.data.courses.map((c) => (
          <section key={`${c.cohort.id}`} aria-labelledby={`course-${c.cohort.id}`} className="mc-course">
            <h2 id={`course-${c.cohort.id}`}>{c.course.title}</h2>
            <p>
              {t('myCourses.summary', {
                org: c.organisation.name,
                cohort: c.cohort.name,
                state: c.completed
                  ? c.passed
                    ? t('myCourses.completedPassed')
                    : t('myCourses.completedNotPassed')
                  : c.started
                    ? t('myCourses.inProgress')
                    : t('myCourses.notStarted'),
              })}
            </p>
            {c.completed ? (
              <p>
                <Link href={`/records/my/${c.course.id}`}>{t('myCourses.recordLink')}</Link>
              </p>
            ) : null}
            <ol className="mc-steps">
              {c.steps.map((s) => (
                <StepCard key={s.id} courseId={c.course.id} step={s} />
              ))}
            </ol>
          </section>
        ))
      )}
    </div>
  );
}
