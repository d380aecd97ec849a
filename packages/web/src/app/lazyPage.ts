import { type ComponentType, createElement, lazy } from 'react';

type PageProps = { params: Record<string, string | undefined> };
type PageComponent = ComponentType<PageProps>;

/** A lazily loaded page that can also be asked to start loading early (before it renders). */
export type LazyPage = PageComponent & { preload: () => Promise<unknown> };

/**
 * A route component loaded on first visit (its own chunk), from a module's named export.
 * `preload()` starts the same download ahead of rendering; once the chunk is in, the page renders
 * directly instead of suspending (React throttles revealing a Suspense boundary by about 300 ms).
 *
 * @example
 * const SourcesPage = lazyPage(() => import('../features/sources/SourcesPage'), 'SourcesPage');
 * void SourcesPage.preload();
 */
export function lazyPage<M extends Record<string, unknown>, K extends keyof M & string>(
  load: () => Promise<M>,
  name: K,
): LazyPage {
  let loading: Promise<M> | undefined;
  let loaded: PageComponent | undefined;
  const preload = () => {
    loading ??= load().then(
      (mod) => {
        loaded = mod[name] as PageComponent;
        return mod;
      },
      (error: unknown) => {
        // Let a later attempt (after reconnecting) download it again.
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  const Suspending = lazy(async () => ({ default: (await preload())[name] as PageComponent }));
  // biome-ignore lint/correctness/noComponentHookFactories: a factory, called once per route at module load
  const Page = (props: PageProps) => createElement(loaded ?? Suspending, props);
  Page.displayName = `Page(${name})`;
  return Object.assign(Page, { preload });
}
