import { Hono } from 'hono';
import type { AppDeps } from '../deps';
import { getHealth } from './catalog-declarations';

/**
 * GET /api/health: the service answers and says which version and storage it runs on.
 *
 * @example
 * app.route('/', healthRoutes(deps));
 */
export function healthRoutes(deps: AppDeps) {
  return new Hono().get(getHealth.path, getHealth.validate, (c) =>
    c.json({
      status: 'ok' as const,
      version: deps.version,
      time: deps.now().toISOString(),
      storage: deps.storage.dialect,
      scenarios: deps.catalog.list().length,
    }),
  );
}
