import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'wouter';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { isLanguage, type Language, languages, useT } from '../../i18n/i18n';
import { api } from '../../lib/api';
import { type ApiError, apiErrorOf, orThrow } from '../../lib/http';
import { RoomLines } from './RoomLines';
import { textLangOf } from './textLangOf';
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
 * The phone's choice of language for the scenario (the room's languages only); the interface language is
 * the header's switcher.
 */
function PhoneLanguage({
  room,
  change,
  pending,
}: {
  room: RoomView;
  change: (lang: Language) => void;
  pending: boolean;
}) {
  const { t } = useT();
  if (room.languages.length < 2) return null;
  return (
    <form className="ws-form ws-phone-lang" onSubmit={(event) => event.preventDefault()}>
      <label>
        {t('workshop.phoneLanguage')}
        <select
          value={room.lang}
          disabled={pending}
          onChange={(event) => {
            if (isLanguage(event.target.value)) change(event.target.value);
          }}
        >
          {room.languages.map((code) => (
            <option key={code} value={code} lang={code}>
              {languages.find((l) => l.code === code)?.name ?? code}
            </option>
          ))}
        </select>
      </label>
    </form>
  );
}

/**
 * A participant's phone: the current lines, the options, and the state of the vote, in the language
 * this phone chose (its interface language when it joined, changeable here).
 *
 * @example
 * <Route path="/rooms/:id/participate" component={ParticipantPage} />
 */
export function ParticipantPage({ params }: { params: { id?: string } }) {
  const { t, lang: interfaceLang } = useT();
  const id = params.id ?? '';
  const initial = useQuery({
    queryKey: ['workshop', 'me', id],
    queryFn: () => api.get('/api/rooms/:id/me', { param: { id } }).then(orThrow),
  });
  const stream = useRoomStream(id, initial.data?.room);
  const [error, setError] = useState<ApiError | null>(null);
  // The newest view this phone's own request brought back (a vote, a change of language), until the
  // stream catches up with it.
  const [answered, setAnswered] = useState<RoomView | null>(null);
  const vote = useMutation({
    mutationFn: (choiceId: string) => api.post('/api/rooms/:id/votes', { param: { id }, json: { choiceId } }),
    onSuccess: (result) => {
      setError(result.ok ? null : result.error);
      if (result.ok) setAnswered(result.value.room);
    },
  });
  const language = useMutation({
    mutationFn: (lang: Language) => api.patch('/api/rooms/:id/me', { param: { id }, json: { lang } }),
    onSuccess: (result) => {
      setError(result.ok ? null : result.error);
      if (result.ok) setAnswered(result.value.room);
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
  const room = answered && answered.version > latest.version ? answered : latest;
  const canVote = room.phase === 'voting';
  const langOf = textLangOf(room);
  return (
    <div className="ws-page ws-phone">
      <PageHeading title={room.scenario.title}>
        <span lang={langOf('scenario.title')}>{room.scenario.title}</span>
      </PageHeading>
      <PhoneLanguage room={room} change={(lang) => language.mutate(lang)} pending={language.isPending} />
      {!room.languages.includes(interfaceLang) ? (
        <p className="muted">{t('workshop.notInYourLanguage')}</p>
      ) : null}
      {room.inEnglish?.length ? <p className="muted">{t('workshop.someInEnglish')}</p> : null}
      <p className="ws-status" role="status">
        {t(`workshop.phase.${room.phase}`)}
        {stream.status === 'reconnecting' ? t('workshop.reconnecting') : ''}
      </p>
      {stream.status === 'gone' ? <p className="ws-note">{t('workshop.closedByFacilitator')}</p> : null}
      {room.phase !== 'lobby' ? <RoomLines lines={room.lines} langOf={langOf} /> : null}
      {!room.ended && room.phase !== 'lobby' ? (
        <section aria-labelledby="ws-vote-heading">
          <h2 id="ws-vote-heading">{t('workshop.whatWouldYouSay')}</h2>
          <ul className="ws-vote">
            {room.choices.map((c, i) => (
              <li key={c.id}>
                <button
                  type="button"
                  className="choice"
                  aria-pressed={room.you?.vote === c.id}
                  disabled={!canVote || vote.isPending}
                  onClick={() => vote.mutate(c.id)}
                >
                  {room.you?.vote === c.id ? <span aria-hidden="true">✓ </span> : null}
                  <span lang={langOf(`choices.${i}.text`)}>{c.text}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p className="ws-vote-status" aria-live="polite">
        {voteStatus(t, room)}
      </p>
      {room.phase === 'revealed' ? <VoteSpread votes={room.votes} langOf={langOf} /> : null}
      {error ? <ErrorNotice error={error} title={t('workshop.notCounted')} /> : null}
    </div>
  );
}
