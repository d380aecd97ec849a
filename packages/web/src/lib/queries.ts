import type { Lang } from '@doorway/api/client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useT } from '../i18n/i18n';
import { api } from './api';
import { orThrow } from './http';

/** Query keys in one place, so mutations invalidate exactly what they change. */
export const keys = {
  scenarios: ['scenarios'] as const,
  scenario: (id: string) => ['scenario', id] as const,
  run: (id: string) => ['run', id] as const,
  debrief: (id: string) => ['debrief', id] as const,
  sources: (lang: string) => ['sources', lang] as const,
};

/**
 * The scenario catalog, its texts in a language where translated (each summary says its `lang` and
 * lists its texts still in English).
 *
 * @example
 * const { data } = useScenarios('es'); // data?.scenarios
 */
export function useScenarios(lang: Lang = 'en') {
  return useQuery({
    // English keeps the plain key (what the pages that list scenarios for courses read and seed).
    queryKey: lang === 'en' ? keys.scenarios : [...keys.scenarios, lang],
    queryFn: () => api.get('/api/scenarios', { query: { lang } }).then(orThrow),
  });
}

/**
 * One scenario with its objectives, cast and pass threshold, in a language where translated (a
 * run's page asks in the run's language).
 *
 * @example
 * const { data } = useScenario('first-contact', true, 'es');
 */
export function useScenario(id: string, enabled = true, lang: Lang = 'en') {
  return useQuery({
    queryKey: lang === 'en' ? keys.scenario(id) : [...keys.scenario(id), lang],
    enabled: enabled && id !== '',
    queryFn: () => api.get('/api/scenarios/:id', { param: { id }, query: { lang } }).then(orThrow),
  });
}

/**
 * The query options of a run (shared by `useRun` and the startup prefetch). Not retried: a 404 means
 * this browser does not hold the run, and retrying will not change that.
 *
 * @example
 * queryClient.prefetchQuery(runQuery(runId));
 */
export function runQuery(id: string) {
  return queryOptions({
    queryKey: keys.run(id),
    queryFn: () => fetchRun(id).then(orThrow),
    retry: false,
    // Fresh for a moment, so the startup prefetch is not fetched again when the page mounts.
    staleTime: 5_000,
  });
}

/**
 * A run with its current view and transcript (resume).
 *
 * @example
 * const { data } = useRun(runId); // data?.view
 */
export function useRun(id: string) {
  return useQuery(runQuery(id));
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
    queryFn: () => api.get('/api/runs/:id/debrief', { param: { id } }).then(orThrow),
    retry: false,
  });
}

/**
 * The seed guidance items and references that feedback cites, in the interface language where
 * translated (each guidance item says its `lang`).
 *
 * @example
 * const { data } = useSources(); // data?.guidance
 */
export function useSources(enabled = true) {
  const { lang } = useT();
  return useQuery({
    queryKey: keys.sources(lang),
    queryFn: () => api.get('/api/sources', { query: { lang } }).then(orThrow),
    staleTime: Number.POSITIVE_INFINITY,
    enabled,
  });
}

/**
 * Loads a run (view, transcript, feedback); shared by the player and "Continue where you left off".
 *
 * @example
 * const res = await fetchRun(runId);
 */
export function fetchRun(id: string) {
  return api.get('/api/runs/:id', { param: { id } });
}
