import type { DebriefReport } from '@doorway/engine';
import { SourceLinks } from '../../components/SourceLinks';
import { VerdictBadge } from '../../components/VerdictBadge';

/**
 * Every decision in order: what was chosen, the verdict, why, the best alternative in its own words,
 * the sources, and what was tried before a rewind. `onRewind` (practice and coach) offers to take the
 * run back to just before a decision.
 *
 * @example
 * <DecisionTimeline decisions={report.decisions} onRewind={(kept) => rewindTo(kept)} />
 */
export function DecisionTimeline({
  decisions,
  onRewind,
  busy = false,
}: {
  decisions: DebriefReport['decisions'];
  onRewind?: ((toDecision: number) => void) | undefined;
  busy?: boolean;
}) {
  if (decisions.length === 0) return <p>No decisions were made in this run.</p>;
  return (
    <ol className="timeline">
      {decisions.map((d, i) => (
        <li
          key={`${d.beatId}-${d.choice.id}-${d.index}`}
          className={`timeline__item timeline__item--${d.verdict}`}
        >
          <h3>
            Decision {i + 1}
            {d.beatTitle ? `: ${d.beatTitle}` : ''}
          </h3>
          {d.prompt ? <p className="timeline__prompt">“{d.prompt}”</p> : null}
          <p>
            <span className="timeline__label">You chose:</span> {d.choice.text}
          </p>
          <p>
            <VerdictBadge verdict={d.verdict} critical={d.critical} />
          </p>
          <p>{d.feedback}</p>
          {d.best && d.best.id !== d.choice.id ? (
            <div className="feedback__best">
              <p className="feedback__best-label">A stronger response here:</p>
              <blockquote>
                <p>{d.best.text}</p>
              </blockquote>
              <p>{d.best.feedback}</p>
            </div>
          ) : null}
          <SourceLinks sources={d.sources} detailed />
          {d.triedBefore.length > 0 ? (
            <div className="timeline__tried">
              <p className="timeline__label">Tried before rewinding:</p>
              <ul>
                {d.triedBefore.map((t, j) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the same choice can be tried twice
                  <li key={`${t.id}-${j}`}>
                    {t.text} (<VerdictBadge verdict={t.verdict} />)
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {onRewind ? (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => onRewind(i)}
              disabled={busy}
            >
              Try a different path from decision {i + 1}
            </button>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
