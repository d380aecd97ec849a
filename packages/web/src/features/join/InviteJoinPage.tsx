import type { RouteInput } from '@doorway/api/client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useLocation } from 'wouter';
import { ErrorNotice, errorWords } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { formatDay } from '../../i18n/format';
import { useT } from '../../i18n/i18n';
import { api } from '../../lib/api';
import { type ApiError, apiErrorOf, orThrow } from '../../lib/http';
import { myOrgsKey } from '../../lib/myOrgs';
import './join.css';

type JoinBody = RouteInput<'post', '/api/join/:token'>['json'];

/**
 * Joining an organisation (and a cohort) through an invite or cohort join link: make an account, or
 * join with the account already signed in.
 *
 * @example
 * <InviteJoinPage params={{ token }} />
 */
export function InviteJoinPage({ params }: { params: { token: string } }) {
  const { t } = useT();
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const [error, setError] = useState<ApiError | null>(null);
  const param = { token: params.token };
  const info = useQuery({
    queryKey: ['join', params.token],
    retry: false,
    queryFn: () => api.get('/api/join/:token', { param }).then(orThrow),
  });
  const auth = useQuery({
    queryKey: ['join', 'auth'],
    queryFn: () => api.get('/api/auth/status').then(orThrow),
  });
  const join = useMutation({
    mutationFn: (json: JoinBody) => api.post('/api/join/:token', { param, json }),
    onSuccess: (result) => {
      if (!result.ok) return setError(result.error);
      void queryClient.invalidateQueries({ queryKey: myOrgsKey });
      navigate('/my/courses');
    },
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    const form = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>;
    // Signed in, the form has no fields and the body is `{}`; otherwise a new account's three.
    const { name = '', email, password = '' } = form;
    join.mutate(email === undefined ? {} : { name, email, password });
  };
  if (info.isError) {
    const e = apiErrorOf(info.error);
    const words = e.kind === 'http' ? errorWords(e) : null;
    return (
      <div className="join-page">
        <PageHeading title={t('join.pageTitle')}>{t('join.broken')}</PageHeading>
        {words ? <p>{words}</p> : <ErrorNotice error={e} onRetry={() => info.refetch()} />}
      </div>
    );
  }
  if (!info.data || !auth.data) return <Loading what={t('join.loading')} />;
  const { join: j } = info.data;
  const user = auth.data.user;
  return (
    <div className="join-page">
      <PageHeading title={t('join.title', { org: j.organisation.name })}>
        {t('join.title', { org: j.organisation.name })}
      </PageHeading>
      <p>
        {j.cohort
          ? t('join.toCohort', { cohort: j.cohort.name, course: j.cohort.courseTitle })
          : t('join.asRole', { role: roleWords(t, j.role) })}
        {j.expiresAt ? ` ${t('join.until', { date: formatDay(j.expiresAt) })}` : ''}
      </p>
      {user ? (
        <div className="join-form">
          <p>{t('join.signedInAs', { name: user.name })}</p>
          <button type="button" className="button" disabled={join.isPending} onClick={() => join.mutate({})}>
            {t('join.joinAs', { name: user.name })}
          </button>
        </div>
      ) : (
        <form className="join-form" onSubmit={onSubmit}>
          <h2>{t('join.create')}</h2>
          <label>
            {t('join.name')}
            <input name="name" autoComplete="name" required maxLength={120} />
          </label>
          <label>
            {t('join.email')}
            <input name="email" type="email" autoComplete="email" required />
          </label>
          <label>
            {t('join.password')}
            <input name="password" type="password" autoComplete="new-password" required minLength={10} />
          </label>
          <button type="submit" className="button" disabled={join.isPending}>
            {t('join.createAndJoin')}
          </button>
        </form>
      )}
      {error ? <ErrorNotice error={error} title={t('join.couldNot')} /> : null}
    </div>
  );
}

const roleKeys = ['trainee', 'manager', 'admin', 'author', 'facilitator'] as const;

/** A role in words of the interface language (the server's role name if it is a new one). */
function roleWords(t: ReturnType<typeof useT>['t'], role: string): string {
  const known = roleKeys.find((r) => r === role);
  return known ? t(`join.roles.${known}`) : role;
}
