import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useLocation } from 'wouter';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PageHeading } from '../../components/PageHeading';
import { type ApiError, apiRequest } from '../../lib/http';
import { myOrgsKey } from '../../lib/myOrgs';
import './join.css';

const goneWords: Record<string, string> = {
  sign_in_link_used: 'This sign-in link has been used already. Ask your manager for a new one.',
  sign_in_link_expired: 'This sign-in link has expired. Ask your manager for a new one.',
  sign_in_link_not_found: 'This sign-in link does not exist. Check that you copied all of it.',
};

/**
 * A one-time sign-in link from a manager. Signing in waits for a press of the button, so a link
 * preview or prefetch cannot use the link up.
 *
 * @example
 * <Route path="/sign-in/:token" component={SignInLinkPage} />
 */
export function SignInLinkPage({ params }: { params: { token: string } }) {
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const [error, setError] = useState<ApiError | null>(null);
  const signIn = useMutation({
    mutationFn: () =>
      apiRequest<{ user: { id: string } }>('POST', `/api/sign-in/${encodeURIComponent(params.token)}`, {}),
    onSuccess: (result) => {
      if (!result.ok) return setError(result.error);
      void queryClient.invalidateQueries({ queryKey: myOrgsKey });
      navigate('/my/courses');
    },
  });
  const gone = error?.kind === 'http' ? goneWords[error.code] : undefined;
  return (
    <div className="join-page">
      <PageHeading title="Sign in">Sign in with your link</PageHeading>
      <p>This link signs you in once. Afterwards, set a password or ask for a new link.</p>
      <button type="button" className="button" disabled={signIn.isPending} onClick={() => signIn.mutate()}>
        Sign in
      </button>
      {gone ? (
        <p role="alert">{gone}</p>
      ) : error ? (
        <ErrorNotice error={error} title="Could not sign in" />
      ) : null}
    </div>
  );
}
