import type { Feedback } from '@doorway/engine';
import { SourceLinks } from '../../components/SourceLinks';
import { VerdictBadge } from '../../components/VerdictBadge';
import { useT } from '../../i18n/i18n';
import { allEnglish, type LangAt } from '../../lib/contentLang';

/**
 * Coach-mode feedback on the last choice: the verdict (icon and word), why, the sources, the best
 * alternative in its own words, and "Try another response" (rewinds one decision). `textLang` gives
 * the language of its texts by path (`feedback.text`, `feedback.best.text`).
 *
 * @example
 * <FeedbackPanel feedback={feedback} onTryAnother={() => rewindOne()} busy={false} />
 */
export function FeedbackPanel({
  feedback,
  onTryAnother,
  busy,
  textLang = allEnglish,
}: {
  feedback: Feedback;
  onTryAnother?: (() => void) | undefined;
  busy: boolean;
  textLang?: LangAt;
}) {
  const { t } = useT();
  const showBest = feedback.best && feedback.best.choiceId !== feedback.choiceId;
  return (
    <section className={`feedback feedback--${feedback.verdict}`} aria-labelledby="feedback-heading">
      <h2 id="feedback-heading">{t('player.coaching')}</h2>
      <p className="feedback__verdict">
        <VerdictBadge verdict={feedback.verdict} critical={feedback.critical} />
      </p>
      <p className="feedback__why" lang={textLang('feedback.text')}>
        {feedback.text}
      </p>
      {showBest && feedback.best ? (
        <div className="feedback__best">
          <p className="feedback__best-label">{t('player.stronger')}</p>
          <blockquote lang={textLang('feedback.best.text')}>
            <p>{feedback.best.text}</p>
          </blockquote>
        </div>
      ) : null}
      <SourceLinks sources={feedback.sources} />
      {onTryAnother ? (
        <div className="actions">
          <button type="button" className="button button--secondary" onClick={onTryAnother} disabled={busy}>
            <span aria-hidden="true">↶ </span>
            {t('player.tryAnother')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
