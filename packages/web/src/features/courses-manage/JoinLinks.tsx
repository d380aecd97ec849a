import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatDay } from '../../i18n/format';
import { useT } from '../../i18n/i18n';
import { api } from '../../lib/api';
import { type ApiError, apiErrorOf } from '../../lib/http';
import { manageKeys, useInvites } from './manageQueries';

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
  const { t } = useT();
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
      <h2 id="join-links-heading">{t('joinLinks.heading')}</h2>
      <p>{t('joinLinks.lede')}</p>
      <div className="actions">
        <button type="button" className="button" disabled={create.isPending} onClick={() => create.mutate()}>
          {t('joinLinks.create')}
        </button>
      </div>
      {created ? (
        <div className="cm-created">
          <label>
            {t('joinLinks.newLink')}
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
                .then(() => setCopied(t('joinLinks.copied')))
                .catch(() => setCopied(t('joinLinks.copyFailed')))
            }
          >
            {t('joinLinks.copy')}
          </button>
          <p role="status">{copied}</p>
        </div>
      ) : null}
      {error ? <ErrorNotice error={error} title={t('joinLinks.changeFailed')} /> : null}
      {invites.isError ? (
        <ErrorNotice error={apiErrorOf(invites.error)} title={t('joinLinks.loadFailed')} />
      ) : links.length === 0 ? (
        <p>{t('joinLinks.none')}</p>
      ) : (
        <ul className="cm-list">
          {links.map((l, i) => (
            <li key={l.id} className="cm-invite">
              <span>
                {t('joinLinks.item', {
                  n: i + 1,
                  date: formatDay(l.createdAt),
                  status: t(`joinLinks.status.${l.status}`),
                  count: l.uses,
                })}
                {l.expiresAt && l.status === 'active'
                  ? t('joinLinks.until', { date: formatDay(l.expiresAt) })
                  : ''}
              </span>
              {l.status !== 'active' ? null : (
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={revoke.isPending}
                  onClick={() => revoke.mutate(l.id)}
                >
                  {t('joinLinks.revoke', { n: i + 1 })}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
