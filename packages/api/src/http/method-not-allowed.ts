import type { Context } from 'hono';
import { routeTable } from '../openapi/route-table';

const patterns = new Map<string, { regex: RegExp; methods: Set<string> }>();
for (const route of routeTable) {
  const entry = patterns.get(route.path) ?? {
    regex: new RegExp(`^${route.path.replace(/\{\w+\}/g, '[^/]+')}/?$`),
    methods: new Set<string>(),
  };
  entry.methods.add(route.method.toUpperCase());
  if (route.method === 'get') entry.methods.add('HEAD');
  patterns.set(route.path, entry);
}

/**
 * The methods a documented route allows at `path`, or undefined when no documented route matches
 * (so the caller answers 404 rather than 405).
 *
 * @example
 * allowedMethods('/api/runs') // ['POST']
 */
export function allowedMethods(path: string): string[] | undefined {
  for (const { regex, methods } of patterns.values()) if (regex.test(path)) return [...methods];
  return undefined;
}

/** Whether this unmatched request is a known path with the wrong method. */
export function wrongMethod(c: Context): string[] | undefined {
  const allowed = allowedMethods(c.req.path);
  return allowed && !allowed.includes(c.req.method) ? allowed : undefined;
}
