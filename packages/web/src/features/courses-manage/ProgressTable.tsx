import { Trans } from 'react-i18next';
import { Link } from 'wouter';
import { formatNumber } from '../../i18n/format';
import { useT } from '../../i18n/i18n';
import type { Course, ProgressRow } from './courseTypes';
import { minutesWords, statusWords } from './stepWords';

/**
 * One row per trainee: started, completed, passed, score, critical errors, time spent, overdue, and
 * each step's status in words, in the interface language.
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
  const { t } = useT();
  const yesNo = (value: boolean) => (value ? t('progressTable.yes') : t('progressTable.no'));
  return (
    <div className="cm-scroll">
      <table className="cm-table">
        <caption className="visually-hidden">{t('progressTable.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('progressTable.trainee')}</th>
            <th scope="col">{t('progressTable.started')}</th>
            <th scope="col">{t('progressTable.completed')}</th>
            <th scope="col">{t('progressTable.passed')}</th>
            <th scope="col">{t('progressTable.score')}</th>
            <th scope="col">{t('progressTable.criticalErrors')}</th>
            <th scope="col">{t('progressTable.timeSpent')}</th>
            <th scope="col">{t('progressTable.overdue')}</th>
            {course.steps.map((s, i) => (
              <th scope="col" key={s.id}>
                {/* A scenario step's title is the scenario's, served in English. */}
                <Trans
                  i18nKey="progressTable.step"
                  values={{ n: i + 1, title: s.title }}
                  components={{ scenario: <span lang={s.kind === 'scenario' ? 'en' : undefined} /> }}
                />
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
              <td>{r.score === null ? '—' : formatNumber(r.score)}</td>
              <td>{formatNumber(r.criticalErrors)}</td>
              <td>{minutesWords(t, r.timeSpentSeconds)}</td>
              <td>{yesNo(r.overdue)}</td>
              {course.steps.map((s) => {
                const step = r.steps.find((x) => x.stepId === s.id);
                return (
                  <td key={s.id} className={step ? `cm-status cm-status--${step.status}` : undefined}>
                    {step ? statusWords(t, step.status) : '—'}
                    {step && step.score !== null ? ` (${formatNumber(step.score)})` : ''}
                    {step && step.criticalErrors > 0 ? t('verdict.critical') : ''}
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
