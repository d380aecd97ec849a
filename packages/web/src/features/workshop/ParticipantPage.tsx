import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'wouter';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { type ApiError, apiErrorOf, apiRequest, orThrow } from '../../lib/http';
import { RoomLines } from './RoomLines';
import { useRoomStream } from './useRoomStream';
import { VoteSpread } from './VoteSpread';
import { phaseWords, type RoomView } from './workshopTypes';
import './workshop.css';

function voteStatus(room: RoomView): string {
  const mine = room.choices.find((c) => c.id === room.you?.vote);
  switch (room.phase) {
    case 'voting':
      return mine
        ? `Your vote: “${mine.text}”. You can change it until the vote closes.`
        : 'Voting is open: choose what you would say.';
    case 'closed':
    case 'revealed':
      return mine ? `The vote is closed. You voted “${mine.text}”.` : 'The vote is closed.';
    case 'lobby':
      return 'You are in. The facilitator will start soon.';
    case 'paused':
      return 'The facilitator has paused the room.';
    case 'finished':
    case 'ended':
      return 'The workshop has ended. Thank you for taking part.';
    default:
      return 'Listen to the discussion; the facilitator will open the vote.';
  }
}

/**
 * A participant's phone: the current lines, the options, and the state of the vote.
 *
 * @example
 * <Route path="/rooms/:id/participate" component={ParticipantPage} />
 */
export function ParticipantPage({ params }: { params: { id?: string } }) {
  const id = params.id ?? '';
  const initial = useQuery({
    queryKey: ['workshop', 'me', id],
    queryFn: () =>
      apiRequest<{ room: RoomView }>('GET', `/api/rooms/${encodeURIComponent(id)}/me`).then(orThrow),
  });
  const stream = useRoomStream(id, initial.data?.room);
  const [error, setError] = useState<ApiError | null>(null);
  const [voted, setVoted] = useState<RoomView | null>(null);
  const vote = useMutation({
    mutationFn: (choiceId: string) =>
      apiRequest<{ room: RoomView }>('POST', `/api/rooms/${encodeURIComponent(id)}/votes`, { choiceId }),
    onSuccess: (result) => {
      setError(result.ok ? null : result.error);
      if (result.ok) setVoted(result.value.room);
    },
  });
  if (initial.isPending) return <Loading what="the room" />;
  if (initial.isError) {
    return (
      <ErrorNotice error={apiErrorOf(initial.error)} title="You are not in this room">
        <Link href="/join">Join with a code</Link>
      </ErrorNotice>
    );
  }
  const latest = stream.room ?? initial.data.room;
  const room = voted && voted.version > latest.version ? voted : latest;
  const canVote = room.phase === 'voting';
  return (
    <div className="ws-page ws-phone">
      <PageHeading title={room.scenario.title}>{room.scenario.title}</PageHeading>
      <p className="ws-status" role="status">
        {phaseWords[room.phase]}
        {stream.status === 'reconnecting' ? ' · reconnecting…' : ''}
      </p>
      {stream.status === 'gone' ? <p className="ws-note">The facilitator has closed this room.</p> : null}
      {room.phase !== 'lobby' ? <RoomLines lines={room.lines} /> : null}
      {!room.ended && room.phase !== 'lobby' ? (
        <section aria-labelledby="ws-vote-heading">
          <h2 id="ws-vote-heading">What would you say?</h2>
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
                  {c.text}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p className="ws-vote-status" aria-live="polite">
        {voteStatus(room)}
      </p>
      {room.phase === 'revealed' ? <VoteSpread votes={room.votes} /> : null}
      {error ? <ErrorNotice error={error} title="Your vote was not counted" /> : null}
    </div>
  );
}
