import { useQuery } from '@tanstack/react-query';
import { apiRequest, orThrow } from './http';
import type { DebriefReport, RunResponse, ScenarioDetail, ScenarioSummary, SourcesResponse } from './types';

/** Query keys in one place, so mutations invalidate exactly what they change. */
export const keys = {
  scenarios: ['scenarios'] as const,
  scenario: (id: string) => ['scenario', id] as const,
  run: (id: string) => ['run', id] as const,
  debrief: (id: string) => ['debrief', id] as const,
  sources: ['sources'] as const,
};

/**
 * The scenario catalog.
 *
 * @example
 * const { data } = useScenarios(); // data?.scenarios
 */
export function useScenarios() {
  return useQuery({
    queryKey: keys.scenarios,
    queryFn: () => apiRequest<{ scenarios: ScenarioSummary[] }>('GET', '/api/scenarios').then(orThrow),
  });
}

/**
 * One scenario with its objectives, cast and pass threshold.
 *
 * @example
 * const { data } = useScenario('first-contact');
 */
export function useScenario(id: string, enabled = true) {
  return useQuery({
    queryKey: keys.scenario(id),
    enabled: enabled && id !== '',
    queryFn: () =>
      apiRequest<ScenarioDetail>('GET', `/api/scenarios/${encodeURIComponent(id)}`).then(orThrow),
  });
}

/**
 * A run with its current view and transcript (resume). Not retried: a 404 means this browser
 * does not hold the run, and retrying will not change that.
 *
 * @example
 * const { data } = useRun(runId); // data?.view
 */
export function useRun(id: string) {
  return useQuery({
    queryKey: keys.run(id),
    queryFn: () => apiRequest<RunResponse>('GET', `/api/runs/${encodeURIComponent(id)}`).then(orThrow),
    retry: false,
  });
}

/**
 * The debrief report of a run.
 *
 * @example
 * const { data } = useDebrief(runId); // data?.overall
 */
export function useDebrief(id: string) {
  return useQuery({
    queryKey: keys.debrief(id),
    queryFn: () =>
      apiRequest<DebriefReport>('GET', `/api/runs/${encodeURIComponent(id)}/debrief`).then(orThrow),
    retry: false,
  });
}

/**
 * The seed guidance items and references that feedback cites.
 *
 * @example
 * const { data } = useSources(); // data?.guidance
 */
export function useSources() {
  return useQuery({
    queryKey: keys.sources,
    queryFn: () => apiRequest<SourcesResponse>('GET', '/api/sources').then(orThrow),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
