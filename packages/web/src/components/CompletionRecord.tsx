import type { RouteResponse } from '@doorway/api/client';
import { Trans } from 'react-i18next';
import { formatDay, formatNumber } from '../i18n/format';
import { useT } from '../i18n/i18n';
import './CompletionRecord.css';

const statusKey = { completed: 'completedStatus', passed: 'passed', failed: 'notPassed' } as const;

/** `CompletionRecord` of docs/api.md: what a trainee completed in a course, kept for the file. */
export type CompletionRecordData = RouteResponse<'get', '/api/me/courses/:courseId/record'>['record'];

/**
 * A printable completion record (certificate page): who, which course, each step's result, and the
 * date. The print style sheet hides the app's frame, so the browser's "Save as PDF" gives a clean page.
 *
 * @example
 * <CompletionRecord record={data.record} />
 */
export function CompletionRecord({ record }: { record: CompletionRecordData }) {
  const { t } = useT();
  return (
    <article className="record" aria-labelledby="record-heading">
      <p className="record__org">{record.organisation.name}</p>
      <h2 id="record-heading" className="record__title">
        {t('record.title')}
      </h2>
      <p className="record__person">{record.person.name}</p>
      <p>
        <Trans
          i18nKey="record.completed"
          values={{
            course: record.course.title,
            cohort: record.cohort.name,
            date: formatDay(record.completedAt),
          }}
          components={{ strong: <strong /> }}
        />
      </p>
      <p className="record__result">
        {t('record.result')} <strong>{record.passed ? t('record.passed') : t('record.notPassed')}</strong>
      </p>
      <table className="record__steps">
        <caption className="visually-hidden">{t('record.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('record.step')}</th>
            <th scope="col">{t('record.stepTitle')}</th>
            <th scope="col">{t('record.version')}</th>
            <th scope="col">{t('record.resultCol')}</th>
            <th scope="col">{t('record.score')}</th>
            <th scope="col">{t('record.finished')}</th>
          </tr>
        </thead>
        <tbody>
          {record.steps.map((s) => (
            <tr key={s.stepId}>
              <td>{s.position + 1}</td>
              <th scope="row">{s.title}</th>
              <td>{s.version ?? '—'}</td>
              <td>
                {t(`record.${statusKey[s.status]}`)}
                {s.criticalErrors > 0 ? t('record.critical') : ''}
              </td>
              <td>{s.score === null ? '—' : formatNumber(s.score)}</td>
              <td>{s.completedAt ? formatDay(s.completedAt) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="record__id">{t('record.id', { id: record.id })}</p>
    </article>
  );
}
