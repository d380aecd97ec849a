import type { TFunction } from 'i18next';
import { Trans } from 'react-i18next';
import { Link } from 'wouter';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { VerdictBadge } from '../../components/VerdictBadge';
import { competencyName } from '../../i18n/competencyName';
import { formatDate, formatNumber } from '../../i18n/format';
import { useT } from '../../i18n/i18n';
import { apiErrorOf } from '../../lib/http';
import type { TraineeAttempt } from './courseTypes';
import { ManagedOrg } from './ManagedOrg';
import { useTraineeDetail } from './manageQueries';
import { minutesWords, statusWords } from './stepWords';

function attemptResult(t: TFunction, a: TraineeAttempt): string {
  if (a.status === 'active') return t('trainee.stillPlaying');
  if (a.status === 'exited') return t('myCourses.leftEarly');
  const passed = a.passed === null ? '' : a.passed ? t('trainee.resultPassed') : t('trainee.resultNotPassed');
  const score = a.score === null ? '—' : formatNumber(a.score);
  return `${t('trainee.score', { score })}${a.criticalError ? t('trainee.critical') : ''}${passed}`;
}

/**
 * An ended attempt's debrief for the manager: the ending and each decision's verdict in words. The
 * ending, beat titles and choices are the scenario's words, served in English (the manager's view replays
 * the English scenario), so they are marked `lang="en"`.
 */
function AttemptDebrief({ attempt, n }: { attempt: TraineeAttempt; n: number }) {
  const { t } = useT();
  const d = attempt.debrief;
  if (!d) return null;
  return (
    <details className="cm-debrief">
      <summary>{t('myCourses.attemptDebrief', { n })}</summary>
      <p>
        {t('trainee.ending')} {d.ending ? <span lang="en">{d.ending.title}</span> : t('trainee.notReached')}
        {t('trainee.overall', { score: formatNumber(d.overall) })}
        {d.passed === null || d.passed === undefined
          ? ''
          : d.passed
            ? t('trainee.resultPassed')
            : t('trainee.resultNotPassed')}
      </p>
      <ol>
        {d.decisions.map((x) => (
          <li key={x.index}>
            <span lang="en">{x.beatTitle}</span>: <VerdictBadge verdict={x.verdict} critical={x.critical} />{' '}
            <span lang="en">“{x.choice.text}”</span>
          </li>
        ))}
      </ol>
    </details>
  );
}

function Attempts({ attempts }: { attempts: TraineeAttempt[] }) {
  const { t } = useT();
  if (attempts.length === 0) return <p>{t('trainee.noAttempt')}</p>;
  return (
    <table className="cm-table">
      <caption className="visually-hidden">{t('trainee.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('trainee.started')}</th>
          <th scope="col">{t('trainee.result')}</th>
          <th scope="col">{t('trainee.timeSpent')}</th>
          <th scope="col">{t('trainee.counts')}</th>
          <th scope="col">{t('trainee.competencies')}</th>
        </tr>
      </thead>
      <tbody>
        {attempts.map((a) => (
          <tr key={a.runId}>
            <td>{formatDate(a.startedAt)}</td>
            <td>{attemptResult(t, a)}</td>
            <td>{minutesWords(t, a.timeSpentSeconds)}</td>
            <td>{a.counted ? t('trainee.countsYes') : t('trainee.countsNo')}</td>
            <td>
              {a.competencies.length === 0 ? (
                '—'
              ) : (
                <ul className="cm-competencies">
                  {a.competencies.map((c) => {
                    const name = competencyName(c.id, c.name);
                    return (
                      <li key={c.id}>
                        <span lang={name.lang}>{name.text}</span>:{' '}
                        {c.score === null ? '—' : formatNumber(c.score)}
                      </li>
                    );
                  })}
                </ul>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function TraineeBody({ orgId, cohortId, userId }: { orgId: string; cohortId: string; userId: string }) {
  const { t } = useT();
  const detail = useTraineeDetail(orgId, cohortId, userId);
  if (detail.isError)
    return <ErrorNotice error={apiErrorOf(detail.error)} onRetry={() => detail.refetch()} />;
  if (!detail.data) return <Loading what={t('trainee.loading')} />;
  const { trainee, steps, course, cohort } = detail.data;
  return (
    <>
      <PageHeading title={trainee.name}>{trainee.name}</PageHeading>
      <p>
        {t('trainee.summary', {
          course: course.title,
          cohort: cohort.name,
          completed: trainee.completed ? t('trainee.completed') : t('trainee.notCompleted'),
          passed: trainee.passed ? t('trainee.passed') : t('trainee.notPassed'),
        })}
      </p>
      <p>
        <Link href={`/records/cohorts/${cohortId}/trainees/${userId}`}>{t('trainee.recordLink')}</Link>
      </p>
      {steps.map((s) => (
        <section key={s.stepId} aria-labelledby={`step-${s.stepId}`}>
          <h2 id={`step-${s.stepId}`}>
            <Trans
              i18nKey="progressTable.step"
              values={{ n: s.position + 1, title: s.title }}
              components={{ scenario: <span lang={s.kind === 'scenario' ? 'en' : undefined} /> }}
            />
          </h2>
          <p>{t('trainee.status', { status: statusWords(t, s.status) })}</p>
          <Attempts attempts={s.attempts} />
          {s.attempts.map((a, i) => (
            <AttemptDebrief key={a.runId} attempt={a} n={i + 1} />
          ))}
        </section>
      ))}
    </>
  );
}

/**
 * One trainee of a cohort, for the manager: each step's attempts with score, critical error, time
 * spent and per-competency scores, and a link to their completion record. Nothing about "Step out".
 *
 * @example
 * <Route path="/manage/cohorts/:cohortId/trainees/:userId" component={TraineePage} />
 */
export function TraineePage({ params }: { params: { cohortId: string; userId: string } }) {
  const { t } = useT();
  return (
    <div className="cm-page">
      <p>
        <Link href={`/manage/cohorts/${params.cohortId}`}>{t('trainee.back')}</Link>
      </p>
      <ManagedOrg>
        {(orgId) => <TraineeBody orgId={orgId} cohortId={params.cohortId} userId={params.userId} />}
      </ManagedOrg>
    </div>
  );
}
