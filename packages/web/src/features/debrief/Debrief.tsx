import type { DebriefReport } from '@doorway/engine';
import type { ReactNode } from 'react';
import { modeName } from '../../lib/modes';
import { CompetencyChart, CompetencyTable } from './CompetencyChart';
import { DecisionTimeline } from './DecisionTimeline';
import './debrief.css';

const outcomeWords = {
  positive: 'A hopeful ending',
  mixed: 'A mixed ending',
  negative: 'A difficult ending',
};

/**
 * The debrief of a run: the ending and what it means, the result (pass or fail with reasons in
 * assessment mode), competency scores as a chart and a table, and the decision timeline.
 *
 * @example
 * <Debrief report={report} actions={<button>Play again</button>} />
 */
export function Debrief({
  report,
  actions,
  onRewind,
  busy,
}: {
  report: DebriefReport;
  actions?: ReactNode;
  onRewind?: ((toDecision: number) => void) | undefined;
  busy?: boolean;
}) {
  const assessment = report.mode === 'assessment';
  const belowThreshold = report.overall < report.passThreshold;
  return (
    <div className="debrief">
      <p className="player__eyebrow">{modeName(report.mode)} mode</p>

      <section aria-labelledby="ending-heading" className="debrief__ending">
        <h2 id="ending-heading">
          {report.ending ? `Ending: ${report.ending.title}` : 'You ended the conversation early'}
        </h2>
        {report.ending ? (
          <>
            <p className="outcome">{outcomeWords[report.ending.outcome]}</p>
            <p>{report.ending.debrief}</p>
          </>
        ) : (
          <p>
            Stepping away is always allowed. The scores below count only the decisions you made before
            stopping.
          </p>
        )}
      </section>

      <section aria-labelledby="result-heading" className="debrief__result">
        <h2 id="result-heading">Your result</h2>
        <p className="score">
          Overall score: <strong>{Math.round(report.overall)}</strong> out of 100
        </p>
        {assessment ? (
          <div className={report.passed ? 'result result--pass' : 'result result--fail'}>
            <p className="result__word">
              <span aria-hidden="true">{report.passed ? '✓ ' : '✕ '}</span>
              {report.passed ? 'Passed' : 'Not passed'}
            </p>
            <p>
              {report.passed
                ? `You reached the pass mark of ${report.passThreshold} with no critical errors and a good ending.`
                : failReason(belowThreshold, report)}
            </p>
          </div>
        ) : (
          <p>
            An assessment run passes at {report.passThreshold} with no critical errors, at an ending that is
            not a bad one for her.
          </p>
        )}
        {report.criticalErrors.length > 0 ? (
          <div className="critical">
            <h3>Critical {report.criticalErrors.length === 1 ? 'error' : 'errors'}</h3>
            <ul>
              {report.criticalErrors.map((e) => (
                <li key={`${e.beatId}-${e.choiceId}`}>
                  <p>
                    <span aria-hidden="true">✕ </span>
                    <strong>{e.text}</strong>
                  </p>
                  <p>{e.feedback}</p>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </section>

      {actions ? <div className="actions">{actions}</div> : null}

      <section aria-labelledby="competencies-heading">
        <h2 id="competencies-heading">Competencies</h2>
        <CompetencyChart competencies={report.competencies} />
        <CompetencyTable competencies={report.competencies} />
      </section>

      <section aria-labelledby="decisions-heading">
        <h2 id="decisions-heading">Your decisions</h2>
        <DecisionTimeline decisions={report.decisions} onRewind={onRewind} busy={busy ?? false} />
      </section>
    </div>
  );
}

function failReason(belowThreshold: boolean, report: DebriefReport): string {
  const reasons: string[] = [];
  if (belowThreshold) reasons.push(`the score is below the pass mark of ${report.passThreshold}`);
  if (report.criticalErrors.length > 0)
    reasons.push(
      `${report.criticalErrors.length === 1 ? 'a critical error was' : `${report.criticalErrors.length} critical errors were`} made`,
    );
  if (report.ending?.outcome === 'negative')
    reasons.push('the conversation ended badly for her (read the ending above)');
  if (reasons.length === 0) reasons.push('the run did not reach an ending');
  const last = reasons.pop();
  return `Not passed because ${reasons.length > 0 ? `${reasons.join(', ')} and ${last}` : last}.`;
}
