import { Link } from 'wouter';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { VerdictBadge } from '../../components/VerdictBadge';
import { apiErrorOf } from '../../lib/http';
import type { TraineeAttempt } from './courseTypes';
import { ManagedOrg } from './ManagedOrg';
import { useTraineeDetail } from './manageQueries';
import { minutesWords } from './ProgressTable';
import { statusWords } from './stepWords';

function attemptResult(a: TraineeAttempt): string {
  if (a.status === 'active') return 'Still playing';
  if (a.status === 'exited') return 'Left before the end';
  const passed = a.passed === null ? '' : a.passed ? ' · passed' : ' · not passed';
  return `Score ${a.score ?? '—'}${a.criticalError ? ' · critical error' : ''}${passed}`;
}

/** An ended attempt's debrief for the manager: the ending and each decision's verdict in words. */
function AttemptDebrief({ attempt, n }: { attempt: TraineeAttempt; n: number }) {
  const d = attempt.debrief;
  if (!d) return null;
  return (
    <details className="cm-debrief">
      <summary>Debrief of attempt {n}</summary>
      <p>
        Ending: {d.ending ? d.ending.title : 'not reached'} · overall {d.overall}
        {d.passed === null || d.passed === undefined ? '' : d.passed ? ' · passed' : ' · not passed'}
      </p>
      <ol>
        {d.decisions.map((x) => (
          <li key={x.index}>
            {x.beatTitle}: <VerdictBadge verdict={x.verdict} critical={x.critical} /> “{x.choice.text}”
          </li>
        ))}
      </ol>
    </details>
  );
}

function Attempts({ attempts }: { attempts: TraineeAttempt[] }) {
  if (attempts.length === 0) return <p>No attempt yet.</p>;
  return (
    <table className="cm-table">
      <caption className="visually-hidden">Attempts</caption>
      <thead>
        <tr>
          <th scope="col">Started</th>
          <th scope="col">Result</th>
          <th scope="col">Time spent</th>
          <th scope="col">Counts</th>
          <th scope="col">Competencies</th>
        </tr>
      </thead>
      <tbody>
        {attempts.map((a) => (
          <tr key={a.runId}>
            <td>{a.startedAt.slice(0, 16).replace('T', ' ')}</td>
            <td>{attemptResult(a)}</td>
            <td>{minutesWords(a.timeSpentSeconds)}</td>
            <td>{a.counted ? 'Yes, this attempt counts' : 'No'}</td>
            <td>
              {a.competencies.length === 0
                ? '—'
                : a.competencies.map((c) => `${c.name}: ${c.score ?? '—'}`).join('; ')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function TraineeBody({ orgId, cohortId, userId }: { orgId: string; cohortId: string; userId: string }) {
  const detail = useTraineeDetail(orgId, cohortId, userId);
  if (detail.isError)
    return <ErrorNotice error={apiErrorOf(detail.error)} onRetry={() => detail.refetch()} />;
  if (!detail.data) return <Loading what="the trainee's attempts" />;
  const { trainee, steps, course, cohort } = detail.data;
  return (
    <>
      <PageHeading title={trainee.name}>{trainee.name}</PageHeading>
      <p>
        {course.title} · cohort {cohort.name} · {trainee.completed ? 'completed' : 'not completed'} ·{' '}
        {trainee.passed ? 'passed' : 'not passed'}
      </p>
      <p>
        <Link href={`/records/cohorts/${cohortId}/trainees/${userId}`}>Completion record (printable)</Link>
      </p>
      {steps.map((s) => (
        <section key={s.stepId} aria-labelledby={`step-${s.stepId}`}>
          <h2 id={`step-${s.stepId}`}>
            Step {s.position + 1}: {s.title}
          </h2>
          <p>Status: {statusWords[s.status]}</p>
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
  return (
    <div className="cm-page">
      <p>
        <Link href={`/manage/cohorts/${params.cohortId}`}>Back to the cohort</Link>
      </p>
      <ManagedOrg>
        {(orgId) => <TraineeBody orgId={orgId} cohortId={params.cohortId} userId={params.userId} />}
      </ManagedOrg>
    </div>
  );
}
