import type { Context } from 'hono';
import type { ServedRoute } from '../openapi/declare-route';
import { documentedRoutes } from '../openapi/document';

type AllowTable = Map<string, { regex: RegExp; methods: Set<string> }>;

/**
 * The 405 table: for each documented path, the methods it allows (GET brings HEAD).
 *
 * @example
 * allowedMethods(allowTable(servedRoutes(app.routes)), '/api/runs') // ['POST']
 */
export function allowTable(served: readonly ServedRoute[]): AllowTable {
  const patterns: AllowTable = new Map();
  for (const route of documentedRoutes(served)) {
    const entry = patterns.get(route.path) ?? {
      regex: new RegExp(`^${route.path.replace(/\{\w+\}/g, '[^/]+')}/?$`),
      methods: new Set<string>(),
    };
    entry.methods.add(route.method.toUpperCase());
    if (route.method === 'get') entry.methods.add('HEAD');
    patterns.set(route.path, entry);
  }
  return patterns;
}

/**
 * The methods a documented route allows at `path`, or undefined when no documented route matches
 * (so the caller answers 404 rather than 405).
 *
 * @example
 * allowedMethods(table, '/api/runs') // ['POST']
 */
export function allowedMethods(table: AllowTable, path: string): string[] | undefined {
  // A literal segment beats a parameter (`/api/rooms/join` before `/api/rooms/{id}`): fewest parameters win.
  let best: { params: number; methods: Set<string> } | undefined;
  for (const [pattern, { regex, methods }] of table) {
    if (!regex.test(path)) continue;
    const params = pattern.split('{').length - 1;
    if (!best || params < best.params) best = { params, methods };
  }
  return best && [...best.methods];
}

/** Whether this unmatched request is a known path with the wrong method. */
export function wrongMethod(table: AllowTable, c: Context): string[] | undefined {
  const allowed = allowedMethods(table, c.req.path);
  return allowed && !allowed.includes(c.req.method) ? allowed : undefined;
}
