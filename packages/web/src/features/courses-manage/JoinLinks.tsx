import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice';
import { api } from '../../lib/api';
import { type ApiError, apiErrorOf } from '../../lib/http';
import type { Invite } from './courseTypes';
import { manageKeys, useInvites } from './manageQueries';

const inviteStatusWords: Record<Invite['status'], string> = {
  active: 'active',
  expired: 'expired',
  revoked: 'revoked',
  used_up: 'used up',
};

/** The full address of a join link on this site. */
function absolute(url: string): string {
  return new URL(url, window.location.origin).toString();
}

/**
 * The cohort's join links: create one (the address is shown once, with a copy button), see the
 * links made before, revoke one.
 *
 * @example
 * <JoinLinks orgId={orgId} cohortId={cohortId} />
 */
export function JoinLinks({ orgId, cohortId }: { orgId: string; cohortId: string }) {
  const queryClient = useQueryClient();
  const invites = useInvites(orgId);
  const [created, setCreated] = useState<string | null>(null);
  const [copied, setCopied] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: manageKeys.invites(orgId) });
  const create = useMutation({
    mutationFn: () =>
      api.post('/api/orgs/:orgId/invites', { param: { orgId }, json: { role: 'trainee', cohortId } }),
    onSuccess: (result) => {
      if (!result.ok) return setError(result.error);
      setCreated(absolute(result.value.invite.url ?? `/join/${result.value.token}`));
      setCopied('');
      void refresh();
    },
  });
  const revoke = useMutation({
    mutationFn: (inviteId: string) =>
      api.delete('/api/orgs/:orgId/invites/:inviteId', { param: { orgId, inviteId } }),
    onSuccess: (result) => {
      if (!result.ok) return setError(result.error);
      void refresh();
    },
  });
  const links = (invites.data?.invites ?? []).filter((i) => i.cohortId === cohortId);
  return (
    <section aria-labelledby="join-links-heading">
      <h2 id="join-links-heading">Join links</h2>
      <p>
        Anyone with a join link can make an account and join this cohort as a trainee. Share it with your new
        staff only; revoke it when everyone has joined.
      </p>
      <div className="actions">
        <button type="button" className="button" disabled={create.isPending} onClick={() => create.mutate()}>
          Create a join link
        </button>
      </div>
      {created ? (
        <div className="cm-created">
          <label>
            New join link (shown only now)
            <input
              readOnly
              value={created}
              onFocus={(e) => e.currentTarget.select()}
              className="cm-link-input"
            />
          </label>
          <button
            type="button"
            className="button button--secondary"
            onClick={() =>
              navigator.clipboard
                .writeText(created)
                .then(() => setCopied('The join link is copied.'))
                .catch(() => setCopied('Copying did not work here: select the link and copy it yourself.'))
            }
          >
            Copy the join link
          </button>
          <p role="status">{copied}</p>
        </div>
      ) : null}
      {error ? <ErrorNotice error={error} title="The join link did not change" /> : null}
      {invites.isError ? (
        <ErrorNotice error={apiErrorOf(invites.error)} title="Could not load the join links" />
      ) : links.length === 0 ? (
        <p>No join link for this cohort yet.</p>
      ) : (
        <ul className="cm-list">
          {links.map((l, i) => (
            <li key={l.id} className="cm-invite">
              <span>
                Join link {i + 1}: made {l.createdAt.slice(0, 10)} · {inviteStatusWords[l.status]} · used{' '}
                {l.uses} {l.uses === 1 ? 'time' : 'times'}
                {l.expiresAt && l.status === 'active' ? ` · works until ${l.expiresAt.slice(0, 10)}` : ''}
              </span>
              {l.status !== 'active' ? null : (
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={revoke.isPending}
                  onClick={() => revoke.mutate(l.id)}
                >
                  Revoke join link {i + 1}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
