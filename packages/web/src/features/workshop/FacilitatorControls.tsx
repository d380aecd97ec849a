import { useState } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useT } from '../../i18n/i18n';
import type { ApiError } from '../../lib/http';
import { textLangOf } from './textLangOf';
import type { RoomView } from './workshopTypes';

export type Command =
  | {
      type:
        | 'start'
        | 'open-vote'
        | 'close-vote'
        | 'reveal'
        | 'show-feedback'
        | 'revote'
        | 'skip'
        | 'pause'
        | 'resume'
        | 'end';
    }
  | { type: 'commit'; choiceId: string };

/** The option with the most votes (ties: the first on screen), the facilitator's default commit. */
export function majorityOf(room: RoomView): string | undefined {
  const spread = room.votes.spread;
  if (!spread || spread.length === 0) return room.choices[0]?.id;
  return spread.reduce((best, s) => (s.count > best.count ? s : best)).choiceId;
}

/**
 * The facilitator's buttons for the room's current phase. Only legal commands are offered; the server
 * refuses anything else with a 409 anyway (two tabs, a slow network).
 *
 * @example
 * <FacilitatorControls room={room} send={(command) => mutate(command)} pending={isPending} error={error} />
 */
export function FacilitatorControls({
  room,
  send,
  pending,
  error,
}: {
  room: RoomView;
  send: (command: Command) => void;
  pending: boolean;
  error: ApiError | null;
}) {
  const { t } = useT();
  const [choiceId, setChoiceId] = useState<string>('');
  const chosen =
    choiceId && room.choices.some((c) => c.id === choiceId) ? choiceId : (majorityOf(room) ?? '');
  const button = (label: string, command: Command, secondary = false) => (
    <button
      type="button"
      className={secondary ? 'button button--secondary' : 'button'}
      disabled={pending}
      onClick={() => send(command)}
    >
      {label}
    </button>
  );
  const p = room.phase;
  const langOf = textLangOf(room);
  return (
    <section className="ws-controls" aria-labelledby="ws-controls-heading">
      <h2 id="ws-controls-heading">{t('workshop.controls')}</h2>
      <div className="actions">
        {p === 'lobby' ? button(t('workshop.start'), { type: 'start' }) : null}
        {p === 'presenting' && !room.ended ? button(t('workshop.openVote'), { type: 'open-vote' }) : null}
        {p === 'presenting' && room.canSkip ? button(t('workshop.skip'), { type: 'skip' }, true) : null}
        {p === 'voting' ? button(t('workshop.closeVote'), { type: 'close-vote' }) : null}
        {p === 'closed' ? button(t('workshop.reveal'), { type: 'reveal' }) : null}
        {p === 'revealed' && !room.feedback
          ? button(t('workshop.showFeedback'), { type: 'show-feedback' }, true)
          : null}
        {p === 'closed' || p === 'revealed' ? button(t('workshop.revote'), { type: 'revote' }, true) : null}
        {p === 'paused' ? button(t('workshop.resume'), { type: 'resume' }) : null}
        {['presenting', 'voting', 'closed', 'revealed'].includes(p)
          ? button(t('workshop.pause'), { type: 'pause' }, true)
          : null}
        {p !== 'ended' && p !== 'finished' ? button(t('workshop.end'), { type: 'end' }, true) : null}
      </div>
      {p === 'closed' || p === 'revealed' ? (
        <form
          className="ws-commit"
          onSubmit={(event) => {
            event.preventDefault();
            if (chosen) send({ type: 'commit', choiceId: chosen });
          }}
        >
          <label>
            {t('workshop.goesOnWith')}
            <select lang={room.lang} value={chosen} onChange={(e) => setChoiceId(e.target.value)}>
              {room.choices.map((c, i) => (
                <option key={c.id} value={c.id} lang={langOf(`choices.${i}.text`)}>
                  {c.text}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="button" disabled={pending || !chosen}>
            {t('workshop.commit')}
          </button>
        </form>
      ) : null}
      {error ? <ErrorNotice error={error} title={t('workshop.didNotWork')} /> : null}
    </section>
  );
}
