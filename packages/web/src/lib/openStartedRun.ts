import type { Mode } from '@doorway/engine';
import type { QueryClient } from '@tanstack/react-query';
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
  const { run, view } = started;
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
  });
  return `/runs/${run.id}`;
}
