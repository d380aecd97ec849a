import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Trans } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { formatDate } from '../../i18n/format';
import { isLanguage, type Language, languages, useT } from '../../i18n/i18n';
import { api } from '../../lib/api';
import { type ApiError, apiErrorOf, orThrow } from '../../lib/http';
import { myOrgsKey } from '../../lib/myOrgs';
import { useScenarios } from '../../lib/queries';
import './workshop.css';

const authKey = ['workshop', 'auth'] as const;

function AccountForm({ mode }: { mode: 'setup' | 'login' }) {
  const { t } = useT();
  const queryClient = useQueryClient();
  const [error, setError] = useState<ApiError | null>(null);
  const submit = useMutation({
    mutationFn: ({ email = '', password = '', name = '' }: Record<string, string>) =>
      mode === 'setup'
        ? api.post('/api/auth/setup', { json: { email, password, name } })
        : api.post('/api/auth/login', { json: { email, password } }),
    onSuccess: (result) => {
      if (!result.ok) return setError(result.error);
      void queryClient.invalidateQueries({ queryKey: authKey });
      // The header shows Courses, Settings and Authoring by role: it must learn who signed in now.
      void queryClient.invalidateQueries({ queryKey: myOrgsKey });
    },
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    const data = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>;
    submit.mutate(data);
  };
  return (
    <form className="ws-form" onSubmit={onSubmit}>
      {mode === 'setup' ? (
        <p>
          <Trans i18nKey="workshop.setupText" components={{ code: <code /> }} />
        </p>
      ) : null}
      {mode === 'setup' ? (
        <label>
          {t('workshop.name')}
          <input name="name" autoComplete="name" required maxLength={120} />
        </label>
      ) : null}
      <label>
        {t('workshop.email')}
        <input name="email" type="email" autoComplete="email" required />
      </label>
      <label>
        {mode === 'setup' ? t('workshop.passwordNew') : t('workshop.password')}
        <input
          name="password"
          type="password"
          autoComplete={mode === 'setup' ? 'new-password' : 'current-password'}
          required
          minLength={mode === 'setup' ? 10 : 1}
        />
      </label>
      {error ? (
        <ErrorNotice
          error={error}
          title={mode === 'setup' ? t('workshop.couldNotCreate') : t('workshop.couldNotSignIn')}
        />
      ) : null}
      <button type="submit" className="button" disabled={submit.isPending}>
        {mode === 'setup' ? t('workshop.createAndSignIn') : t('workshop.signIn')}
      </button>
    </form>
  );
}

function OpenRoom() {
  const { t, lang: interfaceLang } = useT();
  const scenarios = useScenarios();
  const [, navigate] = useLocation();
  const [error, setError] = useState<ApiError | null>(null);
  const [scenarioId, setScenarioId] = useState('');
  const [roomLang, setRoomLang] = useState('');
  const open = useMutation({
    mutationFn: (body: { scenarioId: string; lang: Language }) => api.post('/api/rooms', { json: body }),
    onSuccess: (result) => {
      if (result.ok) navigate(`/workshop/rooms/${result.value.room.id}`);
      else setError(result.error);
    },
  });
  if (scenarios.isPending) return <Loading what={t('catalog.loading')} />;
  if (scenarios.isError)
    return <ErrorNotice error={apiErrorOf(scenarios.error)} onRetry={() => scenarios.refetch()} />;
  const list = scenarios.data.scenarios;
  const selected = list.find((s) => s.id === scenarioId) ?? list[0];
  // The languages the chosen scenario can be shown in (English always); the interface's by default.
  const offered: Language[] = [
    'en',
    ...(selected?.languages ?? [])
      .map((l) => l.lang)
      .filter((l): l is Language => l !== 'en' && isLanguage(l)),
  ];
  const shownLang: Language =
    isLanguage(roomLang) && offered.includes(roomLang)
      ? roomLang
      : offered.includes(interfaceLang)
        ? interfaceLang
        : 'en';
  return (
    <form
      className="ws-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (selected) open.mutate({ scenarioId: selected.id, lang: shownLang });
      }}
    >
      <label>
        {t('workshop.scenario')}
        <select
          name="scenarioId"
          required
          lang="en"
          value={selected?.id ?? ''}
          onChange={(event) => setScenarioId(event.target.value)}
        >
          {scenarios.data.scenarios.map((s) => (
            <option key={s.id} value={s.id}>
              {t('workshop.scenarioOption', { title: s.title, minutes: s.estimatedMinutes })}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('workshop.roomLanguage')}
        <select
          name="lang"
          value={shownLang}
          onChange={(event) => setRoomLang(event.target.value)}
          aria-describedby="ws-room-lang-hint"
        >
          {offered.map((code) => (
            <option key={code} value={code} lang={code}>
              {languages.find((l) => l.code === code)?.name ?? code}
            </option>
          ))}
        </select>
      </label>
      <p id="ws-room-lang-hint" className="muted">
        {t('workshop.roomLanguageHint')}
      </p>
      {error ? <ErrorNotice error={error} title={t('workshop.couldNotOpen')} /> : null}
      <button type="submit" className="button" disabled={open.isPending}>
        {t('workshop.openRoom')}
      </button>
    </form>
  );
}

function MyRooms() {
  const { t } = useT();
  const rooms = useQuery({
    queryKey: ['workshop', 'rooms'],
    queryFn: () => api.get('/api/rooms').then(orThrow),
  });
  if (rooms.isPending) return <Loading what={t('workshop.loadingRooms')} />;
  if (rooms.isError) return <ErrorNotice error={apiErrorOf(rooms.error)} onRetry={() => rooms.refetch()} />;
  if (rooms.data.rooms.length === 0) return <p>{t('workshop.noRooms')}</p>;
  return (
    <ul className="ws-rooms">
      {rooms.data.rooms.map((r) => (
        <li key={r.id}>
          <Link href={`/workshop/rooms/${r.id}`}>
            {t('workshop.roomLink', { code: r.code, scenario: r.scenarioId })}
          </Link>{' '}
          <span className="muted">
            {t('workshop.roomState', {
              phase: t(`workshop.phase.${r.phase}`),
              date: formatDate(r.createdAt),
            })}
          </span>
        </li>
      ))}
    </ul>
  );
}

/**
 * The facilitator's start page: first-run set-up, sign-in, opening a room, and earlier rooms.
 *
 * @example
 * <Route path="/workshop" component={WorkshopHomePage} />
 */
export function WorkshopHomePage() {
  const { t } = useT();
  const queryClient = useQueryClient();
  const status = useQuery({
    queryKey: authKey,
    queryFn: () => api.get('/api/auth/status').then(orThrow),
  });
  const signOut = useMutation({
    mutationFn: () => api.post('/api/auth/logout'),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: authKey }),
        queryClient.invalidateQueries({ queryKey: myOrgsKey }),
      ]),
  });
  return (
    <div className="ws-page">
      <PageHeading title={t('workshop.homeTitle')}>{t('workshop.homeHeading')}</PageHeading>
      <p className="lede">{t('workshop.homeLede')}</p>
      {status.isPending ? <Loading what={t('workshop.loadingAccount')} /> : null}
      {status.isError ? (
        <ErrorNotice error={apiErrorOf(status.error)} onRetry={() => status.refetch()} />
      ) : null}
      {status.data?.setupNeeded ? <AccountForm mode="setup" /> : null}
      {status.data && !status.data.setupNeeded && !status.data.user ? (
        <>
          <h2>{t('workshop.signIn')}</h2>
          <AccountForm mode="login" />
        </>
      ) : null}
      {status.data?.user ? (
        <>
          <p>
            {t('workshop.signedInAs', { name: status.data.user.name })}{' '}
            <button type="button" className="button button--secondary" onClick={() => signOut.mutate()}>
              {t('workshop.signOut')}
            </button>
          </p>
          <h2>{t('workshop.openRoomHeading')}</h2>
          <OpenRoom />
          <h2>{t('workshop.yourRooms')}</h2>
          <MyRooms />
        </>
      ) : null}
      <p>
        <Trans i18nKey="workshop.participantLink" components={{ join: <Link href="/join" /> }} />
      </p>
    </div>
  );
}
