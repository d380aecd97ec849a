import type { RouteResponse } from '@doorway/api/client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useT } from '../../i18n/i18n';
import { api } from '../../lib/api';
import { type ApiError, apiErrorOf, orThrow } from '../../lib/http';
import { useMyOrgs } from '../../lib/myOrgs';
import { ManagedOrg } from './ManagedOrg';
import './courses-manage.css';

/** `GET /api/orgs/:orgId/settings`. */
export type OrgSettings = RouteResponse<'get', '/api/orgs/:orgId/settings'>['settings'];

export const settingsKey = (orgId: string) => ['manage', orgId, 'settings'] as const;

/** Words for a retention setting ("kept for 30 days"), for the "Now:" line and the saved notice. */
function useRetentionWords() {
  const { t } = useT();
  return (days: number | null) =>
    days === null ? t('orgSettings.nowForever') : t('orgSettings.nowDays', { count: days });
}

function RetentionForm({ orgId, settings }: { orgId: string; settings: OrgSettings }) {
  const { t } = useT();
  const words = useRetentionWords();
  const queryClient = useQueryClient();
  const [limited, setLimited] = useState(settings.retentionDays !== null);
  const [days, setDays] = useState(String(settings.retentionDays ?? 365));
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState<number | null | undefined>(undefined);
  const save = useMutation({
    mutationFn: (retentionDays: number | null) =>
      api.patch('/api/orgs/:orgId/settings', { param: { orgId }, json: { retentionDays } }),
    onSuccess: (result) => {
      if (!result.ok) return setError(result.error);
      queryClient.setQueryData(settingsKey(orgId), result.value);
      setSaved(result.value.settings.retentionDays);
    },
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setSaved(undefined);
    save.mutate(limited ? Number(days) : null);
  };
  return (
    <form className="cm-form" onSubmit={onSubmit} aria-labelledby="retention-heading">
      <h2 id="retention-heading">{t('orgSettings.retentionHeading')}</h2>
      <p>{t('orgSettings.retentionLede')}</p>
      <p>{t('orgSettings.now', { what: words(settings.retentionDays) })}</p>
      <fieldset>
        <legend className="visually-hidden">{t('orgSettings.retentionHeading')}</legend>
        <label>
          <input type="radio" name="retention" checked={!limited} onChange={() => setLimited(false)} />{' '}
          {t('orgSettings.keepForever')}
        </label>
        <label>
          <input type="radio" name="retention" checked={limited} onChange={() => setLimited(true)} />{' '}
          {t('orgSettings.keepDays')}
        </label>
      </fieldset>
      {limited ? (
        <label>
          {t('orgSettings.days')}
          <input
            type="number"
            min={1}
            max={3650}
            required
            value={days}
            onChange={(e) => setDays(e.target.value)}
          />
        </label>
      ) : null}
      <div className="actions">
        <button type="submit" className="button" disabled={save.isPending}>
          {t('orgSettings.save')}
        </button>
      </div>
      <p role="status">{saved === undefined ? '' : t('orgSettings.saved', { what: words(saved) })}</p>
      {error ? <ErrorNotice error={error} title={t('orgSettings.saveFailed')} /> : null}
    </form>
  );
}

function SettingsBody({ orgId }: { orgId: string }) {
  const { t } = useT();
  const words = useRetentionWords();
  const admin = (useMyOrgs().data ?? []).some((o) => o.id === orgId && o.roles.includes('admin'));
  const settings = useQuery({
    queryKey: settingsKey(orgId),
    retry: false,
    queryFn: () => api.get('/api/orgs/:orgId/settings', { param: { orgId } }).then(orThrow),
  });
  if (settings.isError)
    return <ErrorNotice error={apiErrorOf(settings.error)} onRetry={() => settings.refetch()} />;
  if (!settings.data) return <Loading what={t('orgSettings.loading')} />;
  const s = settings.data.settings;
  return (
    <>
      <PageHeading title={t('orgSettings.title')}>
        {t('orgSettings.title')}: {s.name}
      </PageHeading>
      {admin ? (
        <RetentionForm orgId={orgId} settings={s} />
      ) : (
        <>
          <p>{t('orgSettings.notAdmin')}</p>
          <p>{t('orgSettings.now', { what: words(s.retentionDays) })}</p>
        </>
      )}
    </>
  );
}

/**
 * `/manage/settings`: the organisation's settings. An admin sets how long course data is kept
 * (`PATCH /api/orgs/:orgId/settings`); a manager reads it.
 *
 * @example
 * <Route path="/manage/settings" component={OrgSettingsPage} />
 */
export function OrgSettingsPage() {
  return (
    <div className="cm-page">
      <ManagedOrg>{(orgId) => <SettingsBody orgId={orgId} />}</ManagedOrg>
    </div>
  );
}
