import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { apiErrorOf, apiRequest, orThrow } from '../../lib/http';
import type { MyCourse } from './myCourseTypes';
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
  const courses = useQuery({
    queryKey: ['me', 'courses'],
    retry: false,
    queryFn: () => apiRequest<{ courses: MyCourse[] }>('GET', '/api/me/courses').then(orThrow),
  });
  const error = courses.isError ? apiErrorOf(courses.error) : null;
  return (
    <div className="mc-page">
      <PageHeading title="My courses">My courses</PageHeading>
      {error && error.kind === 'http' && error.status === 401 ? (
        <p>
          Sign in to see your courses. New here? Open the join link your manager sent you, or a one-time
          sign-in link.
        </p>
      ) : error ? (
        <ErrorNotice error={error} onRetry={() => courses.refetch()} />
      ) : !courses.data ? (
        <Loading what="your courses" />
      ) : courses.data.courses.length === 0 ? (
        <p>You are not enrolled in a course yet.</p>
      ) : (
        courses.data.courses.map((c) => (
          <section key={`${c.cohort.id}`} aria-labelledby={`course-${c.cohort.id}`} className="mc-course">
            <h2 id={`course-${c.cohort.id}`}>{c.course.title}</h2>
            <p>
              {c.organisation.name} · cohort {c.cohort.name} ·{' '}
              {c.completed
                ? c.passed
                  ? 'Completed and passed'
                  : 'Completed, not passed'
                : c.started
                  ? 'In progress'
                  : 'Not started'}
            </p>
            {c.completed ? (
              <p>
                <Link href={`/records/my/${c.course.id}`}>Your completion record (printable)</Link>
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
