import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { type ApiError, apiErrorOf, apiRequest, orThrow } from '../../lib/http';
import { useScenarios } from '../../lib/queries';
import type { AuthStatus, FacilitatorRoom, RoomPhase } from './workshopTypes';
import { phaseWords } from './workshopTypes';
import './workshop.css';

const authKey = ['workshop', 'auth'] as const;

function AccountForm({ mode }: { mode: 'setup' | 'login' }) {
  const queryClient = useQueryClient();
  const [error, setError] = useState<ApiError | null>(null);
  const submit = useMutation({
    mutationFn: (body: Record<string, string>) =>
      apiRequest<unknown>('POST', mode === 'setup' ? '/api/auth/setup' : '/api/auth/login', body),
    onSuccess: (result) => {
      if (result.ok) void queryClient.invalidateQueries({ queryKey: authKey });
      else setError(result.error);
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
          Doorway has no facilitator account yet. Create the first one: it can open workshop rooms. More
          accounts can be added with <code>pnpm doorway users add</code>.
        </p>
      ) : null}
      {mode === 'setup' ? (
        <label>
          Your name
          <input name="name" autoComplete="name" required maxLength={120} />
        </label>
      ) : null}
      <label>
        E-mail
        <input name="email" type="email" autoComplete="email" required />
      </label>
      <label>
        Password{mode === 'setup' ? ' (at least 10 characters)' : ''}
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
          title={mode === 'setup' ? 'Could not create the account' : 'Could not sign in'}
        />
      ) : null}
      <button type="submit" className="button" disabled={submit.isPending}>
        {mode === 'setup' ? 'Create account and sign in' : 'Sign in'}
      </button>
    </form>
  );
}

function OpenRoom() {
  const scenarios = useScenarios();
  const [, navigate] = useLocation();
  const [error, setError] = useState<ApiError | null>(null);
  const open = useMutation({
    mutationFn: (scenarioId: string) => apiRequest<FacilitatorRoom>('POST', '/api/rooms', { scenarioId }),
    onSuccess: (result) => {
      if (result.ok) navigate(`/workshop/rooms/${result.value.room.id}`);
      else setError(result.error);
    },
  });
  if (scenarios.isPending) return <Loading what="the scenarios" />;
  if (scenarios.isError)
    return <ErrorNotice error={apiErrorOf(scenarios.error)} onRetry={() => scenarios.refetch()} />;
  return (
    <form
      className="ws-form"
      onSubmit={(event) => {
        event.preventDefault();
        const id = new FormData(event.currentTarget).get('scenarioId');
        if (typeof id === 'string') open.mutate(id);
      }}
    >
      <label>
        Scenario
        <select name="scenarioId" required>
          {scenarios.data.scenarios.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title} ({s.estimatedMinutes} min)
            </option>
          ))}
        </select>
      </label>
      {error ? <ErrorNotice error={error} title="Could not open the room" /> : null}
      <button type="submit" className="button" disabled={open.isPending}>
        Open a room
      </button>
    </form>
  );
}

function MyRooms() {
  const rooms = useQuery({
    queryKey: ['workshop', 'rooms'],
    queryFn: () =>
      apiRequest<{
        rooms: { id: string; code: string; scenarioId: string; phase: RoomPhase; createdAt: string }[];
      }>('GET', '/api/rooms').then(orThrow),
  });
  if (rooms.isPending) return <Loading what="your rooms" />;
  if (rooms.isError) return <ErrorNotice error={apiErrorOf(rooms.error)} onRetry={() => rooms.refetch()} />;
  if (rooms.data.rooms.length === 0) return <p>You have not opened a room yet.</p>;
  return (
    <ul className="ws-rooms">
      {rooms.data.rooms.map((r) => (
        <li key={r.id}>
          <Link href={`/workshop/rooms/${r.id}`}>
            Room {r.code}: {r.scenarioId}
          </Link>{' '}
          <span className="muted">
            ({phaseWords[r.phase]}, opened {new Date(r.createdAt).toLocaleString()})
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
  const queryClient = useQueryClient();
  const status = useQuery({
    queryKey: authKey,
    queryFn: () => apiRequest<AuthStatus>('GET', '/api/auth/status').then(orThrow),
  });
  const signOut = useMutation({
    mutationFn: () => apiRequest<unknown>('POST', '/api/auth/logout', {}),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: authKey }),
  });
  return (
    <div className="ws-page">
      <PageHeading title="Workshop">Lead a workshop</PageHeading>
      <p className="lede">
        Project a scenario for a room. Participants join on their phones with a code, vote on what to say, and
        you reveal the spread, lead the discussion and choose how the conversation goes on. Votes are
        anonymous.
      </p>
      {status.isPending ? <Loading what="your account" /> : null}
      {status.isError ? (
        <ErrorNotice error={apiErrorOf(status.error)} onRetry={() => status.refetch()} />
      ) : null}
      {status.data?.setupNeeded ? <AccountForm mode="setup" /> : null}
      {status.data && !status.data.setupNeeded && !status.data.user ? (
        <>
          <h2>Sign in</h2>
          <AccountForm mode="login" />
        </>
      ) : null}
      {status.data?.user ? (
        <>
          <p>
            Signed in as {status.data.user.name}.{' '}
            <button type="button" className="button button--secondary" onClick={() => signOut.mutate()}>
              Sign out
            </button>
          </p>
          <h2>Open a room</h2>
          <OpenRoom />
          <h2>Your rooms</h2>
          <MyRooms />
        </>
      ) : null}
      <p>
        Joining a workshop as a participant? <Link href="/join">Enter a join code</Link>.
      </p>
    </div>
  );
}
