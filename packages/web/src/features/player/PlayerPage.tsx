import type { ViewChoice } from '@doorway/engine';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { useT } from '../../i18n/i18n';
import { langAt, runLang } from '../../lib/contentLang';
import { type ApiError, apiErrorOf } from '../../lib/http';
import { keys, useRun, useScenario } from '../../lib/queries';
import { choose, newRequestId, rewind } from '../../lib/runCommands';
import { forgetRun } from '../../lib/runMemory';
import { useStepOut, useStepOutRun } from '../../lib/stepOut';
import type { RunResponse } from '../../lib/types';
import { appendChoice, withView } from './appendChoice';
import { Player, type PlayerFocus } from './Player';

/** What went wrong with the last request, and how to go on from it. */
type Problem = { error: ApiError; retry?: (() => void) | undefined };

/**
 * The `/runs/:id` route: loads the run (so a reload or a visit the next day continues it), sends
 * choices and rewinds, and keeps errors in place: a 409 from a stale tab shows the run's current
 * view from the error body and says what happened.
 *
 * @example
 * <Route path="/runs/:id" component={PlayerPage} />
 */
export function PlayerPage({ params }: { params: { id: string } }) {
  const { t } = useT();
  const runId = params.id;
  const queryClient = useQueryClient();
  const query = useRun(runId);
  // The run keeps the language it started in, whatever the interface shows now.
  const language = runLang(query.data?.run.lang);
  const scenario = useScenario(query.data?.run.scenarioId ?? '', query.data !== undefined, language);
  const stepOut = useStepOut();
  useStepOutRun(runId);
  const [pending, setPending] = useState(false);
  // A second click can land before React re-renders the disabled buttons: the ref stops it at once.
  const inFlight = useRef(false);
  const [newFrom, setNewFrom] = useState<number | undefined>(undefined);
  const [focus, setFocus] = useState<PlayerFocus | undefined>(undefined);
  const [problem, setProblem] = useState<Problem | undefined>(undefined);
  const gone = query.isError && isNotFound(apiErrorOf(query.error));
  useEffect(() => {
    // The server does not know this run for us (any more): stop offering it on the catalog.
    if (gone) forgetRun(runId);
  }, [gone, runId]);

  if (query.isPending) return <Loading what={t('player.loading')} />;
  if (query.isError) {
    const error = apiErrorOf(query.error);
    return (
      <ErrorNotice
        error={error}
        title={isNotFound(error) ? t('player.unavailable') : undefined}
        onRetry={error.kind === 'network' ? () => query.refetch() : undefined}
      >
        <Link href="/" className="button button--secondary">
          {t('common.backToScenarios')}
        </Link>
      </ErrorNotice>
    );
  }
  const data = query.data;
  const setRun = (update: (old: RunResponse) => RunResponse) =>
    queryClient.setQueryData<RunResponse>(keys.run(runId), (old) => (old ? update(old) : old));
  const nextFocus = (target: PlayerFocus['target']) => setFocus((f) => ({ target, seq: (f?.seq ?? 0) + 1 }));

  const send = async (choice: ViewChoice, requestId = newRequestId()) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setPending(true);
    setProblem(undefined);
    const before = data.transcript.length;
    const result = await choose(runId, data.view.beat.id, choice.id, requestId);
    inFlight.current = false;
    setPending(false);
    if (result.ok) {
      setRun((old) => appendChoice(old, choice, result.value));
      setNewFrom(before);
      nextFocus('latest');
      if (result.value.view.ended) queryClient.removeQueries({ queryKey: keys.debrief(runId) });
      return;
    }
    const error = result.error;
    if (error.kind === 'http' && error.status === 409) {
      // Another tab (or a double click) moved the run on: show where it is now, then resync the transcript.
      const view = error.view;
      if (view) setRun((old) => withView(old, view, undefined));
      setNewFrom(undefined);
      setProblem({ error: { ...error, message: staleMessage(error.code, t) } });
      void queryClient.invalidateQueries({ queryKey: keys.run(runId) });
      nextFocus('choices');
      return;
    }
    // Retrying with the same requestId is safe: the server answers a repeated request once.
    setProblem({ error, retry: () => void send(choice, requestId) });
  };

  const tryAnother = async () => {
    if (inFlight.current) return;
    inFlight.current = true;
    setPending(true);
    setProblem(undefined);
    const result = await rewind(runId, Math.max(0, data.view.decisions - 1));
    if (result.ok) {
      setRun((old) => withView(old, result.value.view, result.value.inEnglish));
      await queryClient.invalidateQueries({ queryKey: keys.run(runId) });
      setNewFrom(undefined);
      nextFocus('choices');
    } else {
      setProblem({ error: result.error, retry: () => void tryAnother() });
    }
    inFlight.current = false;
    setPending(false);
  };

  const survivor = Object.values(scenario.data?.cast ?? {}).find((m) => m.role === 'survivor');
  return (
    <Player
      run={data.run}
      view={data.view}
      transcript={data.transcript}
      scenarioTitle={scenario.data?.title}
      scenarioTitleLang={langAt(scenario.data)('title')}
      survivorName={survivor?.name}
      runLanguage={language}
      textLang={langAt(data)}
      partlyEnglish={(data.inEnglish ?? []).length > 0}
      newFrom={newFrom}
      feedback={data.run.mode === 'coach' ? data.feedback : undefined}
      pending={pending}
      paused={stepOut.open}
      focus={focus}
      onChoose={(choice) => void send(choice)}
      onTryAnother={
        data.run.mode === 'coach' && data.view.decisions > 0 ? () => void tryAnother() : undefined
      }
      notice={
        problem ? (
          <ErrorNotice
            error={problem.error}
            title={
              problem.error.kind === 'http' && problem.error.status === 409 ? t('player.movedOn') : undefined
            }
            onRetry={problem.retry}
          />
        ) : null
      }
    />
  );
}

function staleMessage(code: string, t: ReturnType<typeof useT>['t']): string {
  switch (code) {
    case 'stale_beat':
      return t('player.staleBeat');
    case 'run_ended':
      return t('player.runEnded');
    case 'choice_not_available':
      return t('player.choiceGone');
    default:
      return t('player.staleOther');
  }
}

function isNotFound(error: ApiError): boolean {
  return error.kind === 'http' && error.status === 404;
}
