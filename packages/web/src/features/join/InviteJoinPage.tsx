import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useLocation } from 'wouter';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { type ApiError, apiErrorOf, apiRequest, orThrow } from '../../lib/http';
import { myOrgsKey } from '../../lib/myOrgs';
import './join.css';

interface JoinInfo {
  join: {
    organisation: { id: string; name: string };
    role: string;
    cohort: { id: string; name: string; courseTitle: string } | null;
    expiresAt: string | null;
  };
}

interface AuthStatus {
  user: { id: string; name: string; email: string } | null;
}

/** What to tell someone whose link no longer works, by the server's code. */
const goneWords: Record<string, string> = {
  invite_not_found:
    'This join link does not exist. Check that you copied all of it, or ask your manager for a new one.',
  invite_expired: 'This join link has expired. Ask your manager for a new one.',
  invite_revoked: 'This join link was withdrawn. Ask your manager for a new one.',
  invite_used_up: 'This join link has been used as often as it allows. Ask your manager for a new one.',
};

/**
 * Joining an organisation (and a cohort) through an invite or cohort join link: make an account, or
 * join with the account already signed in.
 *
 * @example
 * <InviteJoinPage params={{ token }} />
 */
export function InviteJoinPage({ params }: { params: { token: string } }) {
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const [error, setError] = useState<ApiError | null>(null);
  const path = `/api/join/${encodeURIComponent(params.token)}`;
  const info = useQuery({
    queryKey: ['join', params.token],
    retry: false,
    queryFn: () => apiRequest<JoinInfo>('GET', path).then(orThrow),
  });
  const auth = useQuery({
    queryKey: ['join', 'auth'],
    queryFn: () => apiRequest<AuthStatus>('GET', '/api/auth/status').then(orThrow),
  });
  const join = useMutation({
    mutationFn: (body: Record<string, string>) => apiRequest<{ cohortId: string | null }>('POST', path, body),
    onSuccess: (result) => {
      if (!result.ok) return setError(result.error);
      void queryClient.invalidateQueries({ queryKey: myOrgsKey });
      navigate('/my/courses');
    },
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    join.mutate(Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>);
  };
  if (info.isError) {
    const e = apiErrorOf(info.error);
    const words = e.kind === 'http' ? goneWords[e.code] : undefined;
    return (
      <div className="join-page">
        <PageHeading title="Join link">This join link does not work</PageHeading>
        {words ? <p>{words}</p> : <ErrorNotice error={e} onRetry={() => info.refetch()} />}
      </div>
    );
  }
  if (!info.data || !auth.data) return <Loading what="the join link" />;
  const { join: j } = info.data;
  const user = auth.data.user;
  return (
    <div className="join-page">
      <PageHeading title={`Join ${j.organisation.name}`}>Join {j.organisation.name}</PageHeading>
      <p>
        {j.cohort
          ? `You are invited to the cohort ${j.cohort.name}, taking the course ${j.cohort.courseTitle}.`
          : `You are invited as ${j.role}.`}
        {j.expiresAt ? ` The link works until ${j.expiresAt.slice(0, 10)}.` : ''}
      </p>
      {user ? (
        <div className="join-form">
          <p>You are signed in as {user.name}.</p>
          <button type="button" className="button" disabled={join.isPending} onClick={() => join.mutate({})}>
            Join as {user.name}
          </button>
        </div>
      ) : (
        <form className="join-form" onSubmit={onSubmit}>
          <h2>Create your account</h2>
          <label>
            Your name
            <input name="name" autoComplete="name" required maxLength={120} />
          </label>
          <label>
            E-mail
            <input name="email" type="email" autoComplete="email" required />
          </label>
          <label>
            Password (at least 10 characters)
            <input name="password" type="password" autoComplete="new-password" required minLength={10} />
          </label>
          <button type="submit" className="button" disabled={join.isPending}>
            Create account and join
          </button>
        </form>
      )}
      {error ? <ErrorNotice error={error} title="Could not join" /> : null}
    </div>
  );
}
