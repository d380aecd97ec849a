import { Link } from 'wouter';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { apiErrorOf } from '../../lib/http';
import type { Course } from './courseTypes';
import { Heatmap } from './Heatmap';
import { InviteByEmail } from './InviteByEmail';
import { JoinLinks } from './JoinLinks';
import { ManagedOrg } from './ManagedOrg';
import { orgPath, useCohort, useCourse, useProgress } from './manageQueries';
import { ProgressTable } from './ProgressTable';
import { WorkshopMarks } from './WorkshopMarks';
import './courses-manage.css';

function ProgressSection({ orgId, cohortId }: { orgId: string; cohortId: string }) {
  const progress = useProgress(orgId, cohortId);
  return (
    <section aria-labelledby="progress-heading">
      <h2 id="progress-heading">Progress</h2>
      {progress.isError ? (
        <ErrorNotice error={apiErrorOf(progress.error)} title="Could not load the progress" />
      ) : !progress.data ? (
        <Loading what="the progress" />
      ) : (
        <>
          <p>
            {progress.data.totals.enrolled} enrolled · {progress.data.totals.started} started ·{' '}
            {progress.data.totals.completed} completed · {progress.data.totals.passed} passed ·{' '}
            {progress.data.totals.overdue} overdue
          </p>
          <ProgressTable course={progress.data.course} rows={progress.data.trainees} cohortId={cohortId} />
          {progress.data.course.steps
            .filter((s) => s.kind === 'workshop')
            .map((s) => (
              <WorkshopMarks
                key={s.id}
                orgId={orgId}
                cohortId={cohortId}
                step={s}
                trainees={progress.data.trainees}
              />
            ))}
        </>
      )}
      <p>
        <a href={orgPath(orgId, 'cohorts', cohortId, 'progress.csv')} download>
          Download the progress as CSV
        </a>{' '}
        (one row per trainee and step).
      </p>
    </section>
  );
}

function HeatmapSection({ orgId, cohortId, course }: { orgId: string; cohortId: string; course: Course }) {
  const steps = course.steps.filter((s) => s.kind === 'scenario');
  return (
    <section aria-labelledby="struggle-heading">
      <h2 id="struggle-heading">Where the cohort struggles</h2>
      <p>
        For each decision, how many trainees chose a best, an acceptable or a harmful option, from the attempt
        the course counts. Shown only for groups of 3 or more trainees, so no one is singled out.
      </p>
      {steps.map((s) => (
        <Heatmap key={s.id} orgId={orgId} cohortId={cohortId} step={s} />
      ))}
    </section>
  );
}

function CohortBody({ orgId, cohortId }: { orgId: string; cohortId: string }) {
  const cohort = useCohort(orgId, cohortId);
  const courseId = cohort.data?.cohort.courseId ?? '';
  const course = useCourse(orgId, courseId);
  if (cohort.isError)
    return <ErrorNotice error={apiErrorOf(cohort.error)} onRetry={() => cohort.refetch()} />;
  if (!cohort.data) return <Loading what="the cohort" />;
  const { cohort: c, trainees } = cohort.data;
  return (
    <>
      <p>
        <Link href={`/manage/courses/${c.courseId}`}>
          Course: {course.data ? course.data.course.title : 'back to the course'}
        </Link>
      </p>
      <PageHeading title={c.name}>Cohort: {c.name}</PageHeading>
      <JoinLinks orgId={orgId} cohortId={cohortId} />
      <InviteByEmail orgId={orgId} cohortId={cohortId} />
      <section aria-labelledby="trainees-heading">
        <h2 id="trainees-heading">Enrolled trainees ({trainees.length})</h2>
        {trainees.length === 0 ? (
          <p>Nobody has joined yet. Share a join link.</p>
        ) : (
          <ul className="cm-list">
            {trainees.map((t) => (
              <li key={t.id}>
                <Link href={`/manage/cohorts/${cohortId}/trainees/${t.id}`}>{t.name}</Link>{' '}
                <span className="cm-muted">
                  {t.email} · joined {t.enrolledAt.slice(0, 10)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <ProgressSection orgId={orgId} cohortId={cohortId} />
      {course.data ? <HeatmapSection orgId={orgId} cohortId={cohortId} course={course.data.course} /> : null}
    </>
  );
}

/**
 * A cohort: join links, who is enrolled, their progress (with CSV download), and where the cohort
 * struggles in each scenario.
 *
 * @example
 * <Route path="/manage/cohorts/:cohortId" component={CohortPage} />
 */
export function CohortPage({ params }: { params: { cohortId: string } }) {
  return (
    <div className="cm-page">
      <ManagedOrg>{(orgId) => <CohortBody orgId={orgId} cohortId={params.cohortId} />}</ManagedOrg>
    </div>
  );
}
