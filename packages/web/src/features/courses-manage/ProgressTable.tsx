import { Link } from 'wouter';
import type { Course, ProgressRow } from './courseTypes';
import { statusWords } from './stepWords';

function yesNo(value: boolean): string {
  return value ? 'Yes' : 'No';
}

/** Seconds as "12 min" (or "under a minute"). */
export function minutesWords(seconds: number): string {
  if (seconds < 60) return seconds === 0 ? '—' : 'under a minute';
  return `${Math.round(seconds / 60)} min`;
}

/**
 * One row per trainee: started, completed, passed, score, critical errors, time spent, overdue, and
 * each step's status in words.
 *
 * @example
 * <ProgressTable course={p.course} rows={p.trainees} cohortId={p.cohort.id} />
 */
export function ProgressTable({
  course,
  rows,
  cohortId,
}: {
  course: Course;
  rows: ProgressRow[];
  cohortId: string;
}) {
  return (
    <div className="cm-scroll">
      <table className="cm-table">
        <caption className="visually-hidden">Progress of each trainee</caption>
        <thead>
          <tr>
            <th scope="col">Trainee</th>
            <th scope="col">Started</th>
            <th scope="col">Completed</th>
            <th scope="col">Passed</th>
            <th scope="col">Score</th>
            <th scope="col">Critical errors</th>
            <th scope="col">Time spent</th>
            <th scope="col">Overdue</th>
            {course.steps.map((s, i) => (
              <th scope="col" key={s.id}>
                Step {i + 1}: {s.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-trainee={r.name}>
              <th scope="row">
                <Link href={`/manage/cohorts/${cohortId}/trainees/${r.id}`}>{r.name}</Link>
              </th>
              <td>{yesNo(r.started)}</td>
              <td>{yesNo(r.completed)}</td>
              <td>{yesNo(r.passed)}</td>
              <td>{r.score === null ? '—' : r.score}</td>
              <td>{r.criticalErrors}</td>
              <td>{minutesWords(r.timeSpentSeconds)}</td>
              <td>{yesNo(r.overdue)}</td>
              {course.steps.map((s) => {
                const step = r.steps.find((x) => x.stepId === s.id);
                return (
                  <td key={s.id} className={step ? `cm-status cm-status--${step.status}` : undefined}>
                    {step ? statusWords[step.status] : '—'}
                    {step && step.score !== null ? ` (${step.score})` : ''}
                    {step && step.criticalErrors > 0 ? ' · critical error' : ''}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
