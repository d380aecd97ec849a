import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { formatNumber } from '../../i18n/format';
import { useT } from '../../i18n/i18n';
import { apiErrorOf } from '../../lib/http';
import type { CourseStep, HeatmapDecision } from './courseTypes';
import { useHeatmap } from './manageQueries';

// The verdict words are the catalog's (`verdict.*`), so they read the same as everywhere else.
const verdicts = [
  { key: 'best', icon: '✓', word: 'verdict.bestShort' },
  { key: 'acceptable', icon: '◐', word: 'verdict.acceptable' },
  { key: 'harmful', icon: '✕', word: 'verdict.harmful' },
] as const;

/** How strongly a cell is shaded: its share of those who reached the decision, in tenths. */
function shade(count: number, reached: number): number {
  return reached === 0 ? 0 : Math.round((count / reached) * 10);
}

function Cell({ d, verdict }: { d: HeatmapDecision; verdict: (typeof verdicts)[number] }) {
  const { t } = useT();
  const count = d[verdict.key];
  if (count === null) return <td>—</td>;
  return (
    <td className={`cm-heat cm-heat--${verdict.key} cm-heat--s${shade(count, d.reached)}`}>
      <span aria-hidden="true">{verdict.icon} </span>
      {t('heatmap.cell', {
        verdict: t(verdict.word),
        count: formatNumber(count),
        reached: formatNumber(d.reached),
      })}
    </td>
  );
}

/**
 * Where a cohort struggles in one scenario step: for each decision, how many chose a best, an
 * acceptable or a harmful option (colour plus icon and words), and the most common harmful choice.
 * Shown only once 3 or more trainees have an attempt, so nobody is singled out. Decision labels and
 * choices are the scenario's words, served in English, and marked so.
 *
 * @example
 * <Heatmap orgId={orgId} cohortId={cohortId} step={step} />
 */
export function Heatmap({ orgId, cohortId, step }: { orgId: string; cohortId: string; step: CourseStep }) {
  const { t } = useT();
  const heat = useHeatmap(orgId, cohortId, step.id);
  const headingId = `heat-${step.id}`;
  return (
    <section aria-labelledby={headingId} className="cm-heatmap">
      <h3 id={headingId} lang="en">
        {step.title}
      </h3>
      {heat.isError ? (
        <ErrorNotice error={apiErrorOf(heat.error)} title={t('heatmap.failed')} />
      ) : !heat.data ? (
        <Loading what={t('heatmap.loading')} />
      ) : !heat.data.shown ? (
        // The server's `reason` says the same in English; the page says it in the interface language.
        <p className="cm-note">{t('heatmap.tooFew', { count: heat.data.trainees })}</p>
      ) : (
        <div className="cm-scroll">
          <table className="cm-table">
            <caption className="visually-hidden">{t('heatmap.caption', { title: step.title })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('heatmap.decision')}</th>
                <th scope="col">{t('heatmap.reached')}</th>
                {verdicts.map((v) => (
                  <th scope="col" key={v.key}>
                    {t(v.word)}
                  </th>
                ))}
                <th scope="col">{t('heatmap.mostHarmful')}</th>
              </tr>
            </thead>
            <tbody>
              {heat.data.decisions.map((d) => (
                <tr key={d.beatId}>
                  <th scope="row" lang="en">
                    {d.label}
                  </th>
                  <td>{formatNumber(d.reached)}</td>
                  {d.hidden ? (
                    <td colSpan={4}>{t('heatmap.hidden')}</td>
                  ) : (
                    <>
                      {verdicts.map((v) => (
                        <Cell key={v.key} d={d} verdict={v} />
                      ))}
                      <td>
                        {d.mostCommonHarmful ? (
                          <>
                            <span lang="en">“{d.mostCommonHarmful.text}”</span> (
                            {formatNumber(d.mostCommonHarmful.count)})
                          </>
                        ) : (
                          t('heatmap.none')
                        )}
                      </td>
                    </>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
