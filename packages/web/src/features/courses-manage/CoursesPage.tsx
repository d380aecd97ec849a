import { Link } from 'wouter';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useT } from '../../i18n/i18n';
import { apiErrorOf } from '../../lib/http';
import { CourseForm } from './CourseForm';
import { ManagedOrg } from './ManagedOrg';
import { useCourses } from './manageQueries';
import './courses-manage.css';

function CourseList({ orgId }: { orgId: string }) {
  const { t } = useT();
  const courses = useCourses(orgId);
  if (courses.isError)
    return <ErrorNotice error={apiErrorOf(courses.error)} onRetry={() => courses.refetch()} />;
  if (!courses.data) return <Loading what={t('manage.loadingCourses')} />;
  if (courses.data.courses.length === 0) return <p>{t('manage.noCourses')}</p>;
  return (
    <ul className="cm-list">
      {courses.data.courses.map((c) => (
        <li key={c.id}>
          <Link href={`/manage/courses/${c.id}`}>{c.title}</Link>{' '}
          <span className="cm-muted">{t('manage.steps', { count: c.steps.length })}</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * The manager's courses: the list and the form to create one.
 *
 * @example
 * <Route path="/manage/courses" component={CoursesPage} />
 */
export function CoursesPage() {
  const { t } = useT();
  return (
    <div className="cm-page">
      <PageHeading title={t('manage.coursesTitle')}>{t('manage.coursesTitle')}</PageHeading>
      <ManagedOrg>
        {(orgId) => (
          <>
            <h2>{t('manage.yourCourses')}</h2>
            <CourseList orgId={orgId} />
            <CourseForm orgId={orgId} />
          </>
        )}
      </ManagedOrg>
    </div>
  );
}
