import type { DebriefReport } from '@doorway/engine';
import { formatNumber } from '../../i18n/format';
import { useT } from '../../i18n/i18n';

/**
 * The competency scores as labelled horizontal bars (CSS, no chart library). Screen readers get the
 * same numbers from the table that follows, so the bars themselves are hidden from them.
 *
 * @example
 * <CompetencyChart competencies={report.competencies} />
 */
export function CompetencyChart({ competencies }: { competencies: DebriefReport['competencies'] }) {
  const { t } = useT();
  return (
    <figure className="chart">
      <figcaption id="chart-caption">{t('debrief.chartCaption')}</figcaption>
      <ul className="chart__bars" aria-hidden="true">
        {competencies.map((c) => (
          <li key={c.id} className="chart__row">
            <span className="chart__label" lang="en">
              {c.name}
            </span>
            <span className="chart__track">
              <span className="chart__bar" style={{ width: `${clamp(c.score)}%` }} />
            </span>
            <span className="chart__value">{formatNumber(Math.round(c.score))}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}

/**
 * The competency scores as a table: score, the evidence sum and the range the scenario allows, and the weight.
 *
 * @example
 * <CompetencyTable competencies={report.competencies} />
 */
export function CompetencyTable({ competencies }: { competencies: DebriefReport['competencies'] }) {
  const { t } = useT();
  return (
    <div className="table-wrap">
      <table>
        <caption>{t('debrief.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('debrief.competency')}</th>
            <th scope="col">{t('debrief.score')}</th>
            <th scope="col">{t('debrief.evidence')}</th>
            <th scope="col">{t('debrief.weight')}</th>
          </tr>
        </thead>
        <tbody>
          {competencies.map((c) => (
            <tr key={c.id}>
              <th scope="row" lang="en">
                {c.name}
              </th>
              <td>{formatNumber(Math.round(c.score))}</td>
              <td>
                {t('debrief.range', {
                  sum: formatNumber(c.sum),
                  min: formatNumber(c.min),
                  max: formatNumber(c.max),
                })}
              </td>
              <td>{formatNumber(c.weight)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Says that competency names are still English (the rubric is not translated yet), outside English.
 *
 * @example
 * <CompetencyNamesNote />
 */
export function CompetencyNamesNote() {
  const { t, lang } = useT();
  return lang === 'en' ? null : <p className="muted">{t('debrief.competencyNamesEnglish')}</p>;
}

function clamp(n: number): number {
  return Math.max(0, Math.min(100, n));
}
