import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { api } from '../../lib/api';
import { type ApiError, apiErrorOf } from '../../lib/http';
import { myOrgsKey } from '../../lib/myOrgs';
import { useScenarios } from '../../lib/queries';
import { type CreateDraft, createDraft, fetchDrafts, fetchOrgs, fetchPublications } from './authoringApi';
import './authoring.css';

export const orgsKey = ['authoring', 'orgs'] as const;

function SignIn() {
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
      <p>Sign in with an account that has the author role.</p>
      <label>
        E-mail
        <input name="email" type="email" autoComplete="email" required />
      </label>
      <label>
        Password
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      {error ? <ErrorNotice error={error} title="Could not sign in" /> : null}
      <button type="submit" className="button" disabled={submit.isPending}>
        Sign in
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
      <h2 id="new-draft">Start a draft</h2>
      <form
        className="au-form au-inline"
        onSubmit={(event) => {
          event.preventDefault();
          const id = String(new FormData(event.currentTarget).get('id') ?? '').trim();
          create.mutate(id ? { from: 'template', id } : { from: 'template' });
        }}
      >
        <label>
          Scenario id (lower-case words joined by hyphens)
          <input name="id" pattern="[a-z][a-z0-9-]*" placeholder="street-outreach" />
        </label>
        <button type="submit" className="button" disabled={create.isPending}>
          Start from the template
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
          Or copy a scenario
          <select name="scenarioId">
            {(scenarios.data?.scenarios ?? []).map((s) => (
              <option key={s.id} value={s.id}>
                {s.title} ({s.version})
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button button--secondary" disabled={create.isPending}>
          Open a copy
        </button>
      </form>
      <label className="au-upload">
        Or upload a YAML file
        <input
          type="file"
          accept=".yaml,.yml,text/yaml"
          onChange={(e) => void upload(e.currentTarget.files?.[0])}
        />
      </label>
      {error ? <ErrorNotice error={error} title="Could not start the draft" /> : null}
    </section>
  );
}

function Drafts({ orgId }: { orgId: string }) {
  const drafts = useQuery({ queryKey: ['authoring', 'drafts', orgId], queryFn: () => fetchDrafts(orgId) });
  const log = useQuery({
    queryKey: ['authoring', 'publications', orgId],
    queryFn: () => fetchPublications(orgId),
  });
  if (drafts.isPending) return <Loading what="your drafts" />;
  if (drafts.isError)
    return <ErrorNotice error={apiErrorOf(drafts.error)} onRetry={() => drafts.refetch()} />;
  return (
    <>
      <section aria-labelledby="drafts" className="au-card">
        <h2 id="drafts">Drafts</h2>
        {drafts.data.drafts.length === 0 ? (
          <p>No drafts yet.</p>
        ) : (
          <ul className="au-list">
            {drafts.data.drafts.map((d) => (
              <li key={d.id}>
                <Link href={`/author/drafts/${d.id}`}>{d.title}</Link>{' '}
                <span className="muted">
                  ({d.scenarioId}, revision {d.revision}, saved {new Date(d.updatedAt).toLocaleString()})
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="published" className="au-card">
        <h2 id="published">Published</h2>
        {(log.data?.publications.length ?? 0) === 0 ? (
          <p>Nothing published yet.</p>
        ) : (
          <ul className="au-list">
            {log.data?.publications.map((p) => (
              <li key={`${p.scenarioId}@${p.version}`}>
                {p.scenarioId} {p.version}, by {p.publishedBy?.name ?? 'unknown'} on{' '}
                {new Date(p.publishedAt).toLocaleString()}
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
  return (
    <div className="au-page">
      <PageHeading>Authoring</PageHeading>
      {orgs.isPending ? (
        <Loading what="your account" />
      ) : signedOut ? (
        <SignIn />
      ) : orgs.isError ? (
        <ErrorNotice error={apiErrorOf(orgs.error)} onRetry={() => orgs.refetch()} />
      ) : !org ? (
        <p>
          Your account does not have the author role. Ask an admin of your organisation to give it to you.
        </p>
      ) : (
        <>
          <NewDraft orgId={org.id} />
          <Drafts orgId={org.id} />
        </>
      )}
    </div>
  );
}
