import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatDay } from '../../i18n/format';
import { useT } from '../../i18n/i18n';
import { api } from '../../lib/api';
import { type ApiError, apiErrorOf, orThrow } from '../../lib/http';
import type { Invite, InviteDelivery } from './courseTypes';
import { manageKeys, useInvites } from './manageQueries';

type MailLang = 'en' | 'es';

/** The query key of `GET /api/orgs/:orgId/invite-mail` (whether this server mails invites). */
export const inviteMailKey = (orgId: string) => ['manage', orgId, 'invite-mail'] as const;

/** How often the list is read again while a message is waiting or being retried. */
const REFRESH_MS = 3000;

function DeliveryLine({ delivery }: { delivery: InviteDelivery }) {
  const { t } = useT();
  const language = delivery.lang === 'es' ? 'Español' : 'English';
  const state =
    delivery.state === 'sent' && delivery.sentAt
      ? t('inviteMail.sent', { date: formatDay(delivery.sentAt) })
      : delivery.state === 'failed'
        ? t('inviteMail.failed', { count: delivery.attempts })
        : delivery.state === 'retrying'
          ? t('inviteMail.retrying', { count: delivery.attempts })
          : t('inviteMail.queued');
  const problem = delivery.state === 'failed' || delivery.state === 'retrying' ? delivery.lastError : null;
  return (
    <span>
      {delivery.to} (<span lang={delivery.lang}>{language}</span>): {state}
      {/* The mail server's own answer, in English whatever the page's language. */}
      {problem ? <span lang="en"> {problem}</span> : null}
    </span>
  );
}

/**
 * Mailing an invite to one new trainee of a cohort, when the server has SMTP settings: an address and a
 * language, then each mailed invite's delivery (waiting, retrying with the reason, sent, failed) with a
 * resend button. Without SMTP settings it says mailing is off and the join links above are the way.
 *
 * @example
 * <InviteByEmail orgId={orgId} cohortId={cohortId} />
 */
export function InviteByEmail({ orgId, cohortId }: { orgId: string; cohortId: string }) {
  const { t } = useT();
  const queryClient = useQueryClient();
  const status = useQuery({
    queryKey: inviteMailKey(orgId),
    retry: false,
    queryFn: () => api.get('/api/orgs/:orgId/invite-mail', { param: { orgId } }).then(orThrow),
  });
  const invites = useInvites(orgId);
  const [email, setEmail] = useState('');
  const [lang, setLang] = useState<MailLang>('en');
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: manageKeys.invites(orgId) });
  const mailed = (invites.data?.invites ?? []).filter(
    (i): i is Invite & { delivery: InviteDelivery } => i.cohortId === cohortId && !!i.delivery,
  );
  const waiting = mailed.some((i) => i.delivery.state === 'queued' || i.delivery.state === 'retrying');
  // biome-ignore lint/correctness/useExhaustiveDependencies: refresh only reads stable values.
  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(() => void refresh(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [waiting]);
  const send = useMutation({
    mutationFn: (to: string) =>
      api.post('/api/orgs/:orgId/invites', {
        param: { orgId },
        json: { role: 'trainee', cohortId, email: to, maxUses: 1, mail: { lang } },
      }),
    onSuccess: (result, to) => {
      if (!result.ok) return setError(result.error);
      setError(null);
      setEmail('');
      setNotice(t('inviteMail.queuedNotice', { to }));
      void refresh();
    },
  });
  const resend = useMutation({
    mutationFn: (invite: Invite & { delivery: InviteDelivery }) =>
      api.post('/api/orgs/:orgId/invites/:inviteId/resend', { param: { orgId, inviteId: invite.id } }),
    onSuccess: (result, invite) => {
      if (!result.ok) return setError(result.error);
      setError(null);
      setNotice(t('inviteMail.resentNotice', { to: invite.delivery.to }));
      void refresh();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (email.trim()) send.mutate(email.trim());
  };
  if (status.isError) return null;
  return (
    <section aria-labelledby="invite-mail-heading">
      <h2 id="invite-mail-heading">{t('inviteMail.heading')}</h2>
      {!status.data ? null : !status.data.enabled ? (
        <p>{t('inviteMail.off')}</p>
      ) : (
        <>
          <p>{t('inviteMail.lede')}</p>
          <form onSubmit={submit} className="cm-form">
            <label>
              {t('inviteMail.address')}
              <input
                type="email"
                required
                autoComplete="off"
                value={email}
                onChange={(e) => setEmail(e.currentTarget.value)}
              />
            </label>
            <label>
              {t('inviteMail.language')}
              <select value={lang} onChange={(e) => setLang(e.currentTarget.value === 'es' ? 'es' : 'en')}>
                <option value="en" lang="en">
                  English
                </option>
                <option value="es" lang="es">
                  Español
                </option>
              </select>
            </label>
            <div className="actions">
              <button type="submit" className="button" disabled={send.isPending}>
                {t('inviteMail.send')}
              </button>
            </div>
          </form>
        </>
      )}
      <p role="status">{notice}</p>
      {error ? <ErrorNotice error={error} title={t('inviteMail.notSent')} /> : null}
      {invites.isError ? (
        <ErrorNotice error={apiErrorOf(invites.error)} title={t('inviteMail.listFailed')} />
      ) : mailed.length === 0 ? null : (
        <ul className="cm-list" aria-label={t('inviteMail.listLabel')}>
          {mailed.map((i) => (
            <li key={i.id} className="cm-invite">
              <DeliveryLine delivery={i.delivery} />
              {i.status !== 'active' || !status.data?.enabled ? null : (
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={resend.isPending}
                  onClick={() => resend.mutate(i)}
                >
                  {t('inviteMail.resend', { to: i.delivery.to })}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
