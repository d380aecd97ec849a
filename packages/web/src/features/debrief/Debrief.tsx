import type { DebriefReport } from '@doorway/engine';
import type { ReactNode } from 'react';
import { CompetencyChart, CompetencyNamesNote, CompetencyTable } from './CompetencyChart';
import { DecisionTimeline } from './DecisionTimeline';
import './debrief.css';
import { formatNumber } from '../../i18n/format';
import { useT } from '../../i18n/i18n';
import { allEnglish, type LangAt } from '../../lib/contentLang';

/**
 * The debrief of a run: the ending and what it means, the result (pass or fail with reasons in
 * assessment mode), competency scores as a chart and a table, and the decision timeline. `textLang`
 * gives each text's language by its path in the report (`decisions.0.feedback`): the run's, or
 * English where not translated.
 *
 * @example
 * <Debrief report={report} actions={<button>Play again</button>} textLang={langAt(report)} />
 */
export function Debrief({
  report,
  actions,
  onRewind,
  busy,
  textLang = allEnglish,
}: {
  report: DebriefReport;
  actions?: ReactNode;
  onRewind?: ((toDecision: number) => void) | undefined;
  busy?: boolean;
  textLang?: LangAt;
}) {
  const { t } = useT();
  const at = textLang;
  const assessment = report.mode === 'assessment';
  const belowThreshold = report.overall < report.passThreshold;
  return (
    <div className="debrief">
      <p className="player__eyebrow">{t(`modes.${report.mode}.eyebrow`)}</p>

      <section aria-labelledby="ending-heading" className="debrief__ending">
        <h2 id="ending-heading">
          {report.ending ? (
            <>
              {t('debrief.ending')} <span lang={at('ending.title')}>{report.ending.title}</span>
            </>
          ) : (
            t('debrief.endedEarly')
          )}
        </h2>
        {report.ending ? (
          <>
            <p className="outcome">{t(`debrief.${report.ending.outcome}`)}</p>
            <p lang={at('ending.debrief')}>{report.ending.debrief}</p>
          </>
        ) : (
          <p>{t('debrief.endedEarlyText')}</p>
        )}
      </section>

      <section aria-labelledby="result-heading" className="debrief__result">
        <h2 id="result-heading">{t('debrief.result')}</h2>
        <p className="score">
          {t('debrief.overall')} <strong>{formatNumber(Math.round(report.overall))}</strong>{' '}
          {t('debrief.outOf')}
        </p>
        {assessment ? (
          <div className={report.passed ? 'result result--pass' : 'result result--fail'}>
            <p className="result__word">
              <span aria-hidden="true">{report.passed ? '✓ ' : '✕ '}</span>
              {report.passed ? t('debrief.passed') : t('debrief.notPassed')}
            </p>
            <p>
              {report.passed
                ? t('debrief.passedText', { threshold: report.passThreshold })
                : failReason(belowThreshold, report, t)}
            </p>
          </div>
        ) : (
          <p>{t('debrief.passRule', { threshold: report.passThreshold })}</p>
        )}
        {report.criticalErrors.length > 0 ? (
          <div className="critical">
            <h3>{t('debrief.critical', { count: report.criticalErrors.length })}</h3>
            <ul>
              {report.criticalErrors.map((e, i) => (
                <li key={`${e.beatId}-${e.choiceId}`}>
                  <p>
                    <span aria-hidden="true">✕ </span>
                    <strong lang={at(`criticalErrors.${i}.text`)}>{e.text}</strong>
                  </p>
                  <p lang={at(`criticalErrors.${i}.feedback`)}>{e.feedback}</p>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </section>

      {actions ? <div className="actions">{actions}</div> : null}

      <section aria-labelledby="competencies-heading">
        <h2 id="competencies-heading">{t('debrief.competencies')}</h2>
        <CompetencyChart competencies={report.competencies} />
        <CompetencyTable competencies={report.competencies} />
        <CompetencyNamesNote />
      </section>

      <section aria-labelledby="decisions-heading">
        <h2 id="decisions-heading">{t('debrief.decisions')}</h2>
        <DecisionTimeline
          decisions={report.decisions}
          onRewind={onRewind}
          busy={busy ?? false}
          textLang={at}
        />
      </section>
    </div>
  );
}

function failReason(belowThreshold: boolean, report: DebriefReport, t: ReturnType<typeof useT>['t']): string {
  const reasons: string[] = [];
  if (belowThreshold) reasons.push(t('debrief.failScore', { threshold: report.passThreshold }));
  if (report.criticalErrors.length > 0)
    reasons.push(t('debrief.failCritical', { count: report.criticalErrors.length }));
  if (report.ending?.outcome === 'negative') reasons.push(t('debrief.failEnding'));
  if (reasons.length === 0) reasons.push(t('debrief.failNoEnding'));
  const last = reasons.pop();
  const joined = reasons.length > 0 ? `${reasons.join(', ')}${t('debrief.and')}${last}` : last;
  return t('debrief.failBecause', { reasons: joined });
}
