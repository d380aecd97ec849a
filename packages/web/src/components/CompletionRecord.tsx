import './CompletionRecord.css';

/** `CompletionRecord` of docs/api.md: what a trainee completed in a course, kept for the file. */
export interface CompletionRecordData {
  id: string;
  person: { id: string; name: string };
  organisation: { id: string; name: string };
  course: { id: string; title: string };
  cohort: { id: string; name: string; courseId: string };
  steps: {
    stepId: string;
    /** Counted from 0. */
    position: number;
    kind: 'scenario' | 'workshop';
    title: string;
    scenarioId: string | null;
    version: string | null;
    mode: 'practice' | 'assessment' | null;
    status: 'completed' | 'passed' | 'failed';
    score: number | null;
    criticalErrors: number;
    completedAt: string | null;
  }[];
  passed: boolean;
  completedAt: string;
}

const statusWord = { completed: 'Completed', passed: 'Passed', failed: 'Not passed' } as const;

/**
 * A printable completion record (certificate page): who, which course, each step's result, and the
 * date. The print style sheet hides the app's frame, so the browser's "Save as PDF" gives a clean page.
 *
 * @example
 * <CompletionRecord record={data.record} />
 */
export function CompletionRecord({ record }: { record: CompletionRecordData }) {
  return (
    <article className="record" aria-labelledby="record-heading">
      <p className="record__org">{record.organisation.name}</p>
      <h2 id="record-heading" className="record__title">
        Completion record
      </h2>
      <p className="record__person">{record.person.name}</p>
      <p>
        completed the course <strong>{record.course.title}</strong> (cohort {record.cohort.name}) on{' '}
        {record.completedAt.slice(0, 10)}.
      </p>
      <p className="record__result">
        Result: <strong>{record.passed ? 'Passed' : 'Not passed'}</strong>
      </p>
      <table className="record__steps">
        <caption className="visually-hidden">Result of each step</caption>
        <thead>
          <tr>
            <th scope="col">Step</th>
            <th scope="col">Title</th>
            <th scope="col">Version</th>
            <th scope="col">Result</th>
            <th scope="col">Score</th>
            <th scope="col">Finished</th>
          </tr>
        </thead>
        <tbody>
          {record.steps.map((s) => (
            <tr key={s.stepId}>
              <td>{s.position + 1}</td>
              <th scope="row">{s.title}</th>
              <td>{s.version ?? '—'}</td>
              <td>
                {statusWord[s.status]}
                {s.criticalErrors > 0 ? ' · critical error' : ''}
              </td>
              <td>{s.score ?? '—'}</td>
              <td>{s.completedAt ? s.completedAt.slice(0, 10) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="record__id">Record {record.id}</p>
    </article>
  );
}
