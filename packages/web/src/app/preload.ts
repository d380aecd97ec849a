import type { QueryClient } from '@tanstack/react-query';
import { runQuery } from '../lib/queries';
import { matchPath } from './matchPath';
import type { AppRoute } from './routes';

/**
 * Starts, before React renders, what the first page needs: its code chunk and, on a run's page, the
 * run itself. Without it the page chunk loads, renders, and only then asks for the run (a waterfall).
 * Resolves when the chunk is in: rendering after that skips the Suspense fallback, whose reveal
 * React throttles (about 300 ms).
 *
 * @example
 * preloadFor(location.pathname, routes, queryClient).then(() => root.render(<App />));
 */
export function preloadFor(pathname: string, routes: AppRoute[], queryClient: QueryClient): Promise<void> {
  const run = matchPath('/runs/:id', pathname);
  if (run?.id) void queryClient.prefetchQuery(runQuery(run.id));
  const route = routes.find((r) => matchPath(r.path, pathname) !== undefined);
  const preload = (route?.component as { preload?: () => Promise<unknown> } | undefined)?.preload;
  // A failed download is not handled here: the lazy page retries it and shows the error in place.
  return preload
    ? preload().then(
        () => undefined,
        () => undefined,
      )
    : Promise.resolve();
}

/**
 * Fetches every page's chunk once the browser is idle, so moving between pages never waits on a
 * download (all pages together are a few kilobytes).
 *
 * @example
 * warmPages(routes);
 */
export function warmPages(routes: AppRoute[]): void {
  const warm = () => {
    for (const r of routes)
      void (r.component as { preload?: () => Promise<unknown> }).preload?.().catch(() => undefined);
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(warm);
  else queueMicrotask(warm);
}
