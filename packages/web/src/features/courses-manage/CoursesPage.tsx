import { Link } from 'wouter';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { apiErrorOf } from '../../lib/http';
import { CourseForm } from './CourseForm';
import { ManagedOrg } from './ManagedOrg';
import { useCourses } from './manageQueries';
import './courses-manage.css';

function CourseList({ orgId }: { orgId: string }) {
  const courses = useCourses(orgId);
  if (courses.isError)
    return <ErrorNotice error={apiErrorOf(courses.error)} onRetry={() => courses.refetch()} />;
  if (!courses.data) return <Loading what="the courses" />;
  if (courses.data.courses.length === 0) return <p>No courses yet. Create the first one below.</p>;
  return (
    <ul className="cm-list">
      {courses.data.courses.map((c) => (
        <li key={c.id}>
          <Link href={`/manage/courses/${c.id}`}>{c.title}</Link>{' '}
          <span className="cm-muted">
            ({c.steps.length} {c.steps.length === 1 ? 'step' : 'steps'})
          </span>
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
  return (
    <div className="cm-page">
      <PageHeading title="Courses">Courses</PageHeading>
      <ManagedOrg>
        {(orgId) => (
          <>
            <h2>Your courses</h2>
            <CourseList orgId={orgId} />
            <CourseForm orgId={orgId} />
          </>
        )}
      </ManagedOrg>
    </div>
  );
}
