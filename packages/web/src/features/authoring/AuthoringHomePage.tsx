import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { formatDate } from '../../i18n/format';
import { useT } from '../../i18n/i18n';
import { api } from '../../lib/api';
import { type ApiError, apiErrorOf } from '../../lib/http';
import { myOrgsKey } from '../../lib/myOrgs';
import { useScenarios } from '../../lib/queries';
import { type CreateDraft, createDraft, fetchDrafts, fetchOrgs, fetchPublications } from './authoringApi';
import './authoring.css';

export const orgsKey = ['authoring', 'orgs'] as const;

function SignIn() {
  const { t } = useT();
  const queryClient = useQueryClient();
  const [error, setError] = useState<ApiError | null>(null);
  const submit = useMutation({
    mutationFn: ({ email = '', password = '' }: Record<string, string>) =>
      api.post('/api/auth/login', { json: { email, password } }),
    onSuccess: (result) => {
      if (!result.ok) return setError(result.error);
      void queryClient.invalidateQueries({ queryKey: orgsKey });
      void queryClient.invalidateQueries({ queryKey: myOrgsKey }); // the header's links by role
    },
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    submit.mutate(Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>);
  };
  return (
    <form className="au-form" onSubmit={onSubmit}>
      <p>{t('authoring.home.signInIntro')}</p>
      <label>
        {t('authoring.home.email')}
        <input name="email" type="email" autoComplete="email" required />
      </label>
      <label>
        {t('authoring.home.password')}
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      {error ? <ErrorNotice error={error} title={t('authoring.home.signInFailed')} /> : null}
      <button type="submit" className="button" disabled={submit.isPending}>
        {t('authoring.home.signIn')}
      </button>
    </form>
  );
}

/** The signed-in author's organisation: the first one where they hold `author` or `admin`. */
export function useAuthorOrg() {
  const orgs = useQuery({ queryKey: orgsKey, queryFn: fetchOrgs, retry: false });
  const org = orgs.data?.organisations.find((o) => o.roles.includes('author') || o.roles.includes('admin'));
  const signedOut =
    orgs.isError &&
    apiErrorOf(orgs.error).kind === 'http' &&
    (apiErrorOf(orgs.error) as { status: number }).status === 401;
  return { orgs, org, signedOut };
}

function NewDraft({ orgId }: { orgId: string }) {
  const { t } = useT();
  const [, navigate] = useLocation();
  const scenarios = useScenarios();
  const [error, setError] = useState<ApiError | null>(null);
  const create = useMutation({
    mutationFn: (body: CreateDraft) => createDraft(orgId, body),
    onSuccess: (result) => {
      if (result.ok) navigate(`/author/drafts/${result.value.draft.id}`);
      else setError(result.error);
    },
  });
  const upload = async (file: File | undefined) => {
    if (!file) return;
    create.mutate({ from: 'yaml', yaml: await file.text(), fileName: file.name });
  };
  return (
    <section aria-labelledby="new-draft" className="au-card">
      <h2 id="new-draft">{t('authoring.home.startDraft')}</h2>
      <form
        className="au-form au-inline"
        onSubmit={(event) => {
          event.preventDefault();
          const id = String(new FormData(event.currentTarget).get('id') ?? '').trim();
          create.mutate(id ? { from: 'template', id } : { from: 'template' });
        }}
      >
        <label>
          {t('authoring.home.scenarioId')}
          <input name="id" pattern="[a-z][a-z0-9-]*" placeholder="street-outreach" />
        </label>
        <button type="submit" className="button" disabled={create.isPending}>
          {t('authoring.home.fromTemplate')}
        </button>
      </form>
      <form
        className="au-form au-inline"
        onSubmit={(event) => {
          event.preventDefault();
          const scenarioId = String(new FormData(event.currentTarget).get('scenarioId') ?? '');
          if (scenarioId) create.mutate({ from: 'scenario', scenarioId });
        }}
      >
        <label>
          {t('authoring.home.copyScenario')}
          {/* Scenario titles and versions as the catalog holds them: the English source a copy starts from. */}
          <select name="scenarioId" lang="en">
            {(scenarios.data?.scenarios ?? []).map((s) => (
              <option key={s.id} value={s.id}>
                {s.title} ({s.version})
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button button--secondary" disabled={create.isPending}>
          {t('authoring.home.openCopy')}
        </button>
      </form>
      <label className="au-upload">
        {t('authoring.home.upload')}
        <input
          type="file"
          accept=".yaml,.yml,text/yaml"
          onChange={(e) => void upload(e.currentTarget.files?.[0])}
        />
      </label>
      {error ? <ErrorNotice error={error} title={t('authoring.home.startFailed')} /> : null}
    </section>
  );
}

function Drafts({ orgId }: { orgId: string }) {
  const { t } = useT();
  const drafts = useQuery({ queryKey: ['authoring', 'drafts', orgId], queryFn: () => fetchDrafts(orgId) });
  const log = useQuery({
    queryKey: ['authoring', 'publications', orgId],
    queryFn: () => fetchPublications(orgId),
  });
  if (drafts.isPending) return <Loading what={t('authoring.home.loadingDrafts')} />;
  if (drafts.isError)
    return <ErrorNotice error={apiErrorOf(drafts.error)} onRetry={() => drafts.refetch()} />;
  return (
    <>
      <section aria-labelledby="drafts" className="au-card">
        <h2 id="drafts">{t('authoring.home.drafts')}</h2>
        {drafts.data.drafts.length === 0 ? (
          <p>{t('authoring.home.noDrafts')}</p>
        ) : (
          <ul className="au-list">
            {drafts.data.drafts.map((d) => (
              <li key={d.id}>
                <Link href={`/author/drafts/${d.id}`}>
                  <span lang="en">{d.title}</span>
                </Link>{' '}
                <span className="muted">
                  {t('authoring.home.draftLine', {
                    scenarioId: d.scenarioId,
                    revision: d.revision,
                    date: formatDate(d.updatedAt),
                  })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="published" className="au-card">
        <h2 id="published">{t('authoring.home.published')}</h2>
        {(log.data?.publications.length ?? 0) === 0 ? (
          <p>{t('authoring.home.nothingPublished')}</p>
        ) : (
          <ul className="au-list">
            {log.data?.publications.map((p) => (
              <li key={`${p.scenarioId}@${p.version}`}>
                {p.publishedBy
                  ? t('authoring.home.publicationLine', {
                      scenarioId: p.scenarioId,
                      version: p.version,
                      name: p.publishedBy.name,
                      date: formatDate(p.publishedAt),
                    })
                  : t('authoring.home.publicationLineUnknown', {
                      scenarioId: p.scenarioId,
                      version: p.version,
                      date: formatDate(p.publishedAt),
                    })}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

/**
 * The authors' start page: sign in, start a draft (template, copy, upload), open a draft, the publish log.
 *
 * @example
 * <Route path="/author" component={AuthoringHomePage} />
 */
export function AuthoringHomePage() {
  const { orgs, org, signedOut } = useAuthorOrg();
  const { t } = useT();
  return (
    <div className="au-page">
      <PageHeading title={t('authoring.home.title')}>{t('authoring.home.title')}</PageHeading>
      {orgs.isPending ? (
        <Loading what={t('authoring.home.loadingAccount')} />
      ) : signedOut ? (
        <SignIn />
      ) : orgs.isError ? (
        <ErrorNotice error={apiErrorOf(orgs.error)} onRetry={() => orgs.refetch()} />
      ) : !org ? (
        <p>{t('authoring.home.noRole')}</p>
      ) : (
        <>
          <NewDraft orgId={org.id} />
          <Drafts orgId={org.id} />
        </>
      )}
    </div>
  );
}
