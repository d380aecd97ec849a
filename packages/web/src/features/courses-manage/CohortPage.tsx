import { Trans } from 'react-i18next';
import { Link } from 'wouter';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { competencyName } from '../../i18n/competencyName';
import { formatDay, formatNumber } from '../../i18n/format';
import { useT } from '../../i18n/i18n';
import { apiErrorOf } from '../../lib/http';
import type { Course, Progress } from './courseTypes';
import { Heatmap } from './Heatmap';
import { InviteByEmail } from './InviteByEmail';
import { JoinLinks } from './JoinLinks';
import { ManagedOrg } from './ManagedOrg';
import { orgPath, useCohort, useCourse, useProgress } from './manageQueries';
import { ProgressTable } from './ProgressTable';
import { WorkshopMarks } from './WorkshopMarks';
import './courses-manage.css';

/** The cohort's average per competency (names in the interface language), as a table. */
function CompetencyAverages({ competencies }: { competencies: Progress['totals']['competencies'] }) {
  const { t } = useT();
  if (competencies.length === 0) return null;
  return (
    <>
      <h3>{t('cohort.competencies')}</h3>
      <table className="cm-table">
        <caption className="visually-hidden">{t('cohort.competenciesCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('cohort.competency')}</th>
            <th scope="col">{t('cohort.average')}</th>
          </tr>
        </thead>
        <tbody>
          {competencies.map((c) => {
            const name = competencyName(c.id, c.name);
            return (
              <tr key={c.id}>
                <th scope="row" lang={name.lang}>
                  {name.text}
                </th>
                <td>{c.score === null ? '—' : formatNumber(c.score)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}

function ProgressSection({ orgId, cohortId }: { orgId: string; cohortId: string }) {
  const { t } = useT();
  const progress = useProgress(orgId, cohortId);
  const totals = progress.data?.totals;
  return (
    <section aria-labelledby="progress-heading">
      <h2 id="progress-heading">{t('cohort.progress')}</h2>
      {progress.isError ? (
        <ErrorNotice error={apiErrorOf(progress.error)} title={t('cohort.progressFailed')} />
      ) : !progress.data || !totals ? (
        <Loading what={t('cohort.loadingProgress')} />
      ) : (
        <>
          <p>
            {t('cohort.totals', {
              enrolled: formatNumber(totals.enrolled),
              started: formatNumber(totals.started),
              completed: formatNumber(totals.completed),
              passed: formatNumber(totals.passed),
              overdue: formatNumber(totals.overdue),
            })}
          </p>
          <ProgressTable course={progress.data.course} rows={progress.data.trainees} cohortId={cohortId} />
          <CompetencyAverages competencies={totals.competencies} />
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
        {/* The CSV keeps its column names and values in English for spreadsheets and scripts (docs/courses.md). */}
        <Trans
          i18nKey="cohort.csv"
          // The link text comes from the catalog (the child here only satisfies the a11y lint).
          components={{
            csvlink: (
              <a href={orgPath(orgId, 'cohorts', cohortId, 'progress.csv')} download>
                CSV
              </a>
            ),
          }}
        />
      </p>
    </section>
  );
}

function HeatmapSection({ orgId, cohortId, course }: { orgId: string; cohortId: string; course: Course }) {
  const { t } = useT();
  const steps = course.steps.filter((s) => s.kind === 'scenario');
  return (
    <section aria-labelledby="struggle-heading">
      <h2 id="struggle-heading">{t('cohort.struggle')}</h2>
      <p>{t('cohort.struggleLede')}</p>
      {steps.map((s) => (
        <Heatmap key={s.id} orgId={orgId} cohortId={cohortId} step={s} />
      ))}
    </section>
  );
}

function CohortBody({ orgId, cohortId }: { orgId: string; cohortId: string }) {
  const { t } = useT();
  const cohort = useCohort(orgId, cohortId);
  const courseId = cohort.data?.cohort.courseId ?? '';
  const course = useCourse(orgId, courseId);
  if (cohort.isError)
    return <ErrorNotice error={apiErrorOf(cohort.error)} onRetry={() => cohort.refetch()} />;
  if (!cohort.data) return <Loading what={t('cohort.loading')} />;
  const { cohort: c, trainees } = cohort.data;
  return (
    <>
      <p>
        <Link href={`/manage/courses/${c.courseId}`}>
          {course.data ? t('cohort.course', { title: course.data.course.title }) : t('courseEdit.back')}
        </Link>
      </p>
      <PageHeading title={c.name}>{t('cohort.heading', { name: c.name })}</PageHeading>
      <JoinLinks orgId={orgId} cohortId={cohortId} />
      <InviteByEmail orgId={orgId} cohortId={cohortId} />
      <section aria-labelledby="trainees-heading">
        <h2 id="trainees-heading">{t('cohort.trainees', { count: trainees.length })}</h2>
        {trainees.length === 0 ? (
          <p>{t('cohort.nobody')}</p>
        ) : (
          <ul className="cm-list">
            {trainees.map((p) => (
              <li key={p.id}>
                <Link href={`/manage/cohorts/${cohortId}/trainees/${p.id}`}>{p.name}</Link>{' '}
                <span className="cm-muted">
                  {t('cohort.joined', { email: p.email, date: formatDay(p.enrolledAt) })}
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
