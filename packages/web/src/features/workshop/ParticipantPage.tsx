import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'wouter';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useT } from '../../i18n/i18n';
import { api } from '../../lib/api';
import { type ApiError, apiErrorOf, orThrow } from '../../lib/http';
import { RoomLines } from './RoomLines';
import { useRoomStream } from './useRoomStream';
import { VoteSpread } from './VoteSpread';
import type { RoomView } from './workshopTypes';

type TFn = ReturnType<typeof useT>['t'];

import './workshop.css';

function voteStatus(t: TFn, room: RoomView): string {
  const mine = room.choices.find((c) => c.id === room.you?.vote);
  switch (room.phase) {
    case 'voting':
      return mine ? t('workshop.yourVote', { text: mine.text }) : t('workshop.voteOpen');
    case 'closed':
    case 'revealed':
      return mine ? t('workshop.closedVoted', { text: mine.text }) : t('workshop.closedPlain');
    case 'lobby':
      return t('workshop.youAreIn');
    case 'paused':
      return t('workshop.pausedByFacilitator');
    case 'finished':
    case 'ended':
      return t('workshop.thanks');
    default:
      return t('workshop.listen');
  }
}

/**
 * A participant's phone: the current lines, the options, and the state of the vote.
 *
 * @example
 * <Route path="/rooms/:id/participate" component={ParticipantPage} />
 */
export function ParticipantPage({ params }: { params: { id?: string } }) {
  const { t } = useT();
  const id = params.id ?? '';
  const initial = useQuery({
    queryKey: ['workshop', 'me', id],
    queryFn: () => api.get('/api/rooms/:id/me', { param: { id } }).then(orThrow),
  });
  const stream = useRoomStream(id, initial.data?.room);
  const [error, setError] = useState<ApiError | null>(null);
  const [voted, setVoted] = useState<RoomView | null>(null);
  const vote = useMutation({
    mutationFn: (choiceId: string) => api.post('/api/rooms/:id/votes', { param: { id }, json: { choiceId } }),
    onSuccess: (result) => {
      setError(result.ok ? null : result.error);
      if (result.ok) setVoted(result.value.room);
    },
  });
  if (initial.isPending) return <Loading what={t('workshop.loadingRoom')} />;
  if (initial.isError) {
    return (
      <ErrorNotice error={apiErrorOf(initial.error)} title={t('workshop.notInRoom')}>
        <Link href="/join">{t('workshop.joinWithCode')}</Link>
      </ErrorNotice>
    );
  }
  const latest = stream.room ?? initial.data.room;
  const room = voted && voted.version > latest.version ? voted : latest;
  const canVote = room.phase === 'voting';
  return (
    <div className="ws-page ws-phone">
      <PageHeading title={room.scenario.title}>
        <span lang="en">{room.scenario.title}</span>
      </PageHeading>
      <p className="ws-status" role="status">
        {t(`workshop.phase.${room.phase}`)}
        {stream.status === 'reconnecting' ? t('workshop.reconnecting') : ''}
      </p>
      {stream.status === 'gone' ? <p className="ws-note">{t('workshop.closedByFacilitator')}</p> : null}
      {room.phase !== 'lobby' ? <RoomLines lines={room.lines} /> : null}
      {!room.ended && room.phase !== 'lobby' ? (
        <section aria-labelledby="ws-vote-heading">
          <h2 id="ws-vote-heading">{t('workshop.whatWouldYouSay')}</h2>
          <ul className="ws-vote">
            {room.choices.map((c) => (
              <li key={c.id}>
                <button
                  type="button"
                  className="choice"
                  aria-pressed={room.you?.vote === c.id}
                  disabled={!canVote || vote.isPending}
                  onClick={() => vote.mutate(c.id)}
                >
                  {room.you?.vote === c.id ? <span aria-hidden="true">✓ </span> : null}
                  <span lang="en">{c.text}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p className="ws-vote-status" aria-live="polite">
        {voteStatus(t, room)}
      </p>
      {room.phase === 'revealed' ? <VoteSpread votes={room.votes} /> : null}
      {error ? <ErrorNotice error={error} title={t('workshop.notCounted')} /> : null}
    </div>
  );
}
