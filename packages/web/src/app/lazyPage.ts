import { type ComponentType, lazy } from 'react';

/**
 * A route component loaded on first visit (its own chunk), from a module's named export.
 *
 * @example
 * const SourcesPage = lazyPage(() => import('../features/sources/SourcesPage'), 'SourcesPage');
 */
export function lazyPage<M extends Record<string, unknown>, K extends keyof M & string>(
  load: () => Promise<M>,
  name: K,
): ComponentType<{ params: Record<string, string | undefined> }> {
  return lazy(async () => {
    const mod = await load();
    return { default: mod[name] as ComponentType<{ params: Record<string, string | undefined> }> };
  });
}
