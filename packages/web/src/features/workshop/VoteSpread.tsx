import { useT } from '../../i18n/i18n';
import type { TextLang } from './textLangOf';
import type { RoomView } from './workshopTypes';

/**
 * The revealed spread of votes as labelled bars (with the numbers in text, never colour alone),
 * or why it is hidden.
 *
 * @example
 * <VoteSpread votes={room.votes} langOf={textLangOf(room)} />
 */
export function VoteSpread({ votes, langOf }: { votes: RoomView['votes']; langOf: TextLang }) {
  const { t } = useT();
  if (votes.hidden === 'too-few') {
    return <p className="ws-note">{t('workshop.tooFew')}</p>;
  }
  if (!votes.spread) return null;
  const max = Math.max(1, ...votes.spread.map((s) => s.count));
  return (
    <figure className="ws-spread">
      <figcaption>{t('workshop.howVoted', { count: votes.cast })}</figcaption>
      <ul>
        {votes.spread.map((s, i) => (
          <li key={s.choiceId}>
            <span className="ws-spread__label" lang={langOf(`votes.spread.${i}.text`)}>
              {s.text}
            </span>
            <span
              className="ws-spread__bar"
              style={{ width: `${(s.count / max) * 100}%` }}
              aria-hidden="true"
            />
            <span className="ws-spread__count">{t('workshop.votes', { count: s.count })}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
