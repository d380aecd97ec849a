import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'wouter';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
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
        <PageHeading title={`Authoring ${draft.title}`}>
          {result?.scenario?.title ?? draft.title}{' '}
          <span className="muted">
            {result?.scenario ? `${result.scenario.id} ${result.scenario.version}` : draft.scenarioId}
          </span>
        </PageHeading>
        <p className="au-status" aria-live="polite">
          {saving.busy ? 'Saving…' : dirty ? 'Unsaved changes' : `Saved (revision ${saving.saved.revision})`}
        </p>
        <div className="actions">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void saving.save(text)}
            disabled={!dirty || saving.busy}
          >
            Save
          </button>
          <a
            className="button button--secondary"
            href={`/api/orgs/${orgId}/drafts/${draft.id}/yaml`}
            download={`${draft.scenarioId}.yaml`}
          >
            Download YAML
          </a>
          <label className="button button--secondary au-upload-button">
            Replace with a file
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
              Go to line <input name="line" type="number" min={1} inputMode="numeric" />
            </label>
            <button type="submit" className="button button--secondary">
              Go
            </button>
          </form>
          <Link href="/author">All drafts</Link>
        </div>
        {saving.error ? (
          <ErrorNotice error={saving.error} title="Not saved">
            <button
              type="button"
              className="button button--secondary"
              onClick={() => window.location.reload()}
            >
              Reload the draft
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
          <h2 id="editor-heading">Scenario file</h2>
          <p id="yaml-help" className="muted">
            Problems are checked as you type. Ctrl+Space completes ids. Press Escape, then Tab, to leave the
            editor.
          </p>
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
          {failure ? <p className="notice notice--error">{failure}</p> : null}
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
  if (orgs.isPending) return <Loading what="your account" />;
  if (signedOut || !org)
    return (
      <div className="au-page">
        <PageHeading>Authoring</PageHeading>
        <p>
          Sign in as an author on the <Link href="/author">authoring page</Link> first.
        </p>
      </div>
    );
  if (draft.isPending || setup.isPending) return <Loading what="the draft" />;
  if (draft.isError) return <ErrorNotice error={apiErrorOf(draft.error)} onRetry={() => draft.refetch()} />;
  if (setup.isError) return <ErrorNotice error={apiErrorOf(setup.error)} onRetry={() => setup.refetch()} />;
  return <Workspace key={draft.data.draft.id} orgId={org.id} draft={draft.data.draft} setup={setup.data} />;
}
