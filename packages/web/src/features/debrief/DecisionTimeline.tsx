import type { DebriefReport } from '@doorway/engine';
import { SourceLinks } from '../../components/SourceLinks';
import { VerdictBadge } from '../../components/VerdictBadge';
import { useT } from '../../i18n/i18n';
import { allEnglish, type LangAt } from '../../lib/contentLang';

/**
 * Every decision in order: what was chosen, the verdict, why, the best alternative in its own words,
 * the sources, and what was tried before a rewind. `onRewind` (practice and coach) offers to take the
 * run back to just before a decision. `textLang` gives each text's language by its path in the
 * report (`decisions.2.feedback`).
 *
 * @example
 * <DecisionTimeline decisions={report.decisions} onRewind={(kept) => rewindTo(kept)} />
 */
export function DecisionTimeline({
  decisions,
  onRewind,
  busy = false,
  textLang = allEnglish,
}: {
  decisions: DebriefReport['decisions'];
  onRewind?: ((toDecision: number) => void) | undefined;
  busy?: boolean;
  textLang?: LangAt;
}) {
  const at = (i: number, field: string) => textLang(`decisions.${i}.${field}`);
  const { t } = useT();
  if (decisions.length === 0) return <p>{t('debrief.noDecisions')}</p>;
  return (
    <ol className="timeline">
      {decisions.map((d, i) => (
        <li
          key={`${d.beatId}-${d.choice.id}-${d.index}`}
          className={`timeline__item timeline__item--${d.verdict}`}
        >
          <h3>
            {t('debrief.decision', { n: i + 1 })}
            {d.beatTitle ? (
              <>
                : <span lang={at(i, 'beatTitle')}>{d.beatTitle}</span>
              </>
            ) : null}
          </h3>
          {d.prompt ? (
            <p className="timeline__prompt" lang={at(i, 'prompt')}>
              “{d.prompt}”
            </p>
          ) : null}
          <p>
            <span className="timeline__label">{t('debrief.youChose')}</span>{' '}
            <span lang={at(i, 'choice.text')}>{d.choice.text}</span>
          </p>
          <p>
            <VerdictBadge verdict={d.verdict} critical={d.critical} />
          </p>
          <p lang={at(i, 'feedback')}>{d.feedback}</p>
          {d.best && d.best.id !== d.choice.id ? (
            <div className="feedback__best">
              <p className="feedback__best-label">{t('player.stronger')}</p>
              <blockquote lang={at(i, 'best.text')}>
                <p>{d.best.text}</p>
              </blockquote>
              <p lang={at(i, 'best.feedback')}>{d.best.feedback}</p>
            </div>
          ) : null}
          <SourceLinks sources={d.sources} detailed />
          {d.triedBefore.length > 0 ? (
            <div className="timeline__tried">
              <p className="timeline__label">{t('debrief.triedBefore')}</p>
              <ul>
                {d.triedBefore.map((tried, j) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the same choice can be tried twice
                  <li key={`${tried.id}-${j}`}>
                    <span lang={at(i, `triedBefore.${j}.text`)}>{tried.text}</span> (
                    <VerdictBadge verdict={tried.verdict} />)
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
              {t('debrief.rewindFrom', { n: i + 1 })}
            </button>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
