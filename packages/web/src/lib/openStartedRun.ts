import type { Mode } from '@doorway/engine';
import type { QueryClient } from '@tanstack/react-query';
import { linesToTranscript } from './contentLang';
import { keys } from './queries';
import { rememberRun } from './runMemory';
import type { RunResponse, StartRunResponse } from './types';

/**
 * After POST /api/runs: remembers the run for "Continue where you left off", seeds the query cache
 * with its first view (all a new run has shown) so the player opens without a round trip, and returns
 * the player's address.
 *
 * @example
 * const result = await startRun(id, 'coach');
 * if (result.ok) navigate(openStartedRun(queryClient, result.value, title, 'coach'));
 */
export function openStartedRun(
  queryClient: QueryClient,
  started: StartRunResponse,
  title: string,
  mode: Mode,
): string {
  const { run, view, lang, inEnglish } = started;
  rememberRun({
    runId: run.id,
    scenarioId: run.scenarioId,
    title,
    mode,
    startedAt: new Date().toISOString(),
  });
  queryClient.setQueryData<RunResponse>(keys.run(run.id), {
    run,
    view,
    transcript: view.lines,
    decisions: view.decisions,
    feedback: undefined,
    // The transcript is the first view's lines, so their English-only paths hold there too.
    ...(lang === undefined
      ? {}
      : { lang, inEnglish: [...(inEnglish ?? []), ...linesToTranscript(inEnglish, 0)] }),
  });
  return `/runs/${run.id}`;
}
