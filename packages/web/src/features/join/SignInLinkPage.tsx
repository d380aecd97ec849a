import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useLocation } from 'wouter';
import { ErrorNotice, errorWords } from '../../components/ErrorNotice';
import { PageHeading } from '../../components/PageHeading';
import { useT } from '../../i18n/i18n';
import { api } from '../../lib/api';
import type { ApiError } from '../../lib/http';
import { myOrgsKey } from '../../lib/myOrgs';
import './join.css';

/**
 * A one-time sign-in link from a manager. Signing in waits for a press of the button, so a link
 * preview or prefetch cannot use the link up.
 *
 * @example
 * <Route path="/sign-in/:token" component={SignInLinkPage} />
 */
export function SignInLinkPage({ params }: { params: { token: string } }) {
  const { t } = useT();
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const [error, setError] = useState<ApiError | null>(null);
  const signIn = useMutation({
    mutationFn: () => api.post('/api/sign-in/:token', { param: { token: params.token } }),
    onSuccess: (result) => {
      if (!result.ok) return setError(result.error);
      void queryClient.invalidateQueries({ queryKey: myOrgsKey });
      navigate('/my/courses');
    },
  });
  const gone = error?.kind === 'http' ? errorWords(error) : null;
  return (
    <div className="join-page">
      <PageHeading title={t('signIn.pageTitle')}>{t('signIn.heading')}</PageHeading>
      <p>{t('signIn.once')}</p>
      <button type="button" className="button" disabled={signIn.isPending} onClick={() => signIn.mutate()}>
        {t('signIn.button')}
      </button>
      {gone ? (
        <p role="alert">{gone}</p>
      ) : error ? (
        <ErrorNotice error={error} title={t('signIn.couldNot')} />
      ) : null}
    </div>
  );
}
