import type { Feedback } from '@doorway/engine';
import { SourceLinks } from '../../components/SourceLinks';
import { VerdictBadge } from '../../components/VerdictBadge';
import { useT } from '../../i18n/i18n';

/**
 * Coach-mode feedback on the last choice: the verdict (icon and word), why, the sources, the best
 * alternative in its own words, and "Try another response" (rewinds one decision).
 *
 * @example
 * <FeedbackPanel feedback={feedback} onTryAnother={() => rewindOne()} busy={false} />
 */
export function FeedbackPanel({
  feedback,
  onTryAnother,
  busy,
}: {
  feedback: Feedback;
  onTryAnother?: (() => void) | undefined;
  busy: boolean;
}) {
  const { t } = useT();
  const showBest = feedback.best && feedback.best.choiceId !== feedback.choiceId;
  return (
    <section className={`feedback feedback--${feedback.verdict}`} aria-labelledby="feedback-heading">
      <h2 id="feedback-heading">{t('player.coaching')}</h2>
      <p className="feedback__verdict">
        <VerdictBadge verdict={feedback.verdict} critical={feedback.critical} />
      </p>
      <p className="feedback__why" lang="en">
        {feedback.text}
      </p>
      {showBest && feedback.best ? (
        <div className="feedback__best">
          <p className="feedback__best-label">{t('player.stronger')}</p>
          <blockquote lang="en">
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
