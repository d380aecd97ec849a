import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Trans } from 'react-i18next';
import { Link } from 'wouter';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useT } from '../../i18n/i18n';
import { apiErrorOf } from '../../lib/http';
import { useAuthorOrg } from './AuthoringHomePage';
import { type Draft, fetchCheckerSetup, fetchDraft } from './authoringApi';
import type { CheckerSetup } from './checker/checkTypes';
import { useChecker } from './checker/useChecker';
import { YamlEditor } from './editor/YamlEditor';
import { ProblemsList } from './workspace/ProblemsList';
import { PublishBar } from './workspace/PublishBar';
import { useDraftSaving } from './workspace/useDraftSaving';
import { WorkspaceTools } from './workspace/WorkspaceTools';
import './authoring.css';

function Workspace({ orgId, draft, setup }: { orgId: string; draft: Draft; setup: CheckerSetup }) {
  const { t, lang } = useT();
  const [text, setText] = useState(draft.yaml);
  const [jump, setJump] = useState<{ line: number } | undefined>();
  const [cursorLine, setCursorLine] = useState(1);
  const [replace, setReplace] = useState<{ text: string } | undefined>();
  const { result, lastLoaded, checking, failure } = useChecker(text, setup);
  const saving = useDraftSaving(orgId, draft);
  const dirty = text !== saving.saved.yaml;
  const problems = result?.problems ?? [];

  return (
    <div className="au-workspace">
      <div className="au-toolbar">
        <PageHeading title={t('authoring.workspace.docTitle', { title: draft.title })}>
          <span lang="en">{result?.scenario?.title ?? draft.title}</span>{' '}
          <span className="muted">
            {result?.scenario ? `${result.scenario.id} ${result.scenario.version}` : draft.scenarioId}
          </span>
        </PageHeading>
        <p className="au-status" aria-live="polite">
          {saving.busy
            ? t('authoring.workspace.saving')
            : dirty
              ? t('authoring.workspace.unsaved')
              : t('authoring.workspace.saved', { revision: saving.saved.revision })}
        </p>
        <div className="actions">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void saving.save(text)}
            disabled={!dirty || saving.busy}
          >
            {t('authoring.workspace.save')}
          </button>
          <a
            className="button button--secondary"
            href={`/api/orgs/${orgId}/drafts/${draft.id}/yaml`}
            download={`${draft.scenarioId}.yaml`}
          >
            {t('authoring.workspace.downloadYaml')}
          </a>
          <label className="button button--secondary au-upload-button">
            {t('authoring.workspace.replaceFile')}
            <input
              type="file"
              accept=".yaml,.yml,text/yaml"
              className="visually-hidden"
              onChange={async (e) => {
                const file = e.currentTarget.files?.[0];
                if (file) setReplace({ text: await file.text() });
              }}
            />
          </label>
          <form
            className="au-goto"
            onSubmit={(e) => {
              e.preventDefault();
              const line = Number(new FormData(e.currentTarget).get('line'));
              if (Number.isInteger(line) && line > 0) setJump({ line });
            }}
          >
            <label>
              {t('authoring.workspace.goToLine')}{' '}
              <input name="line" type="number" min={1} inputMode="numeric" />
            </label>
            <button type="submit" className="button button--secondary">
              {t('authoring.workspace.go')}
            </button>
          </form>
          <Link href="/author">{t('authoring.workspace.allDrafts')}</Link>
        </div>
        {saving.error ? (
          <ErrorNotice error={saving.error} title={t('authoring.workspace.notSaved')}>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => window.location.reload()}
            >
              {t('authoring.workspace.reload')}
            </button>
          </ErrorNotice>
        ) : null}
        <PublishBar
          orgId={orgId}
          draftId={draft.id}
          errors={result?.errors ?? 0}
          checked={result !== undefined && !checking}
          save={() => saving.save(text)}
        />
      </div>
      <div className="au-columns">
        <section aria-labelledby="editor-heading" className="au-editor-column">
          <h2 id="editor-heading">{t('authoring.workspace.editorHeading')}</h2>
          <p id="yaml-help" className="muted">
            {t('authoring.workspace.editorHelp')}
          </p>
          {lang === 'en' ? null : <p className="muted">{t('authoring.workspace.englishNote')}</p>}
          <YamlEditor
            initial={draft.yaml}
            onChange={setText}
            problems={problems}
            ids={result?.ids}
            jump={jump}
            onCursorLine={setCursorLine}
            replace={replace}
          />
        </section>
        <div className="au-side">
          {failure ? (
            <p className="notice notice--error">
              {failure.kind === 'stopped' ? (
                t('authoring.workspace.checkerStopped')
              ) : (
                <>
                  {t('authoring.workspace.checkerFailed')} <span lang="en">{failure.message}</span>
                </>
              )}
            </p>
          ) : null}
          <ProblemsList problems={problems} checking={checking} onJump={(line) => setJump({ line })} />
          <WorkspaceTools
            orgId={orgId}
            draftId={draft.id}
            text={text}
            result={result}
            lastLoaded={lastLoaded}
            cursorLine={cursorLine}
            onJump={(line) => setJump({ line })}
          />
        </div>
      </div>
    </div>
  );
}

/**
 * The authoring workspace for one draft: the YAML editor with problems as you type, the problems list,
 * the map, the analysis, preview in the real player, save, download, upload and publish.
 *
 * @example
 * <Route path="/author/drafts/:id" component={WorkspacePage} />
 */
export function WorkspacePage({ params }: { params: { id: string } }) {
  const { orgs, org, signedOut } = useAuthorOrg();
  const orgId = org?.id;
  const draft = useQuery({
    queryKey: ['authoring', 'draft', orgId, params.id],
    queryFn: () => fetchDraft(orgId ?? '', params.id),
    enabled: orgId !== undefined,
    staleTime: Number.POSITIVE_INFINITY,
  });
  const setup = useQuery({
    queryKey: ['authoring', 'setup'],
    queryFn: fetchCheckerSetup,
    staleTime: Number.POSITIVE_INFINITY,
  });
  const { t } = useT();
  if (orgs.isPending) return <Loading what={t('authoring.home.loadingAccount')} />;
  if (signedOut || !org)
    return (
      <div className="au-page">
        <PageHeading title={t('authoring.home.title')}>{t('authoring.home.title')}</PageHeading>
        <p>
          <Trans i18nKey="authoring.workspace.signInFirst" components={{ home: <Link href="/author" /> }} />
        </p>
      </div>
    );
  if (draft.isPending || setup.isPending) return <Loading what={t('authoring.workspace.loadingDraft')} />;
  if (draft.isError) return <ErrorNotice error={apiErrorOf(draft.error)} onRetry={() => draft.refetch()} />;
  if (setup.isError) return <ErrorNotice error={apiErrorOf(setup.error)} onRetry={() => setup.refetch()} />;
  return <Workspace key={draft.data.draft.id} orgId={org.id} draft={draft.data.draft} setup={setup.data} />;
}
