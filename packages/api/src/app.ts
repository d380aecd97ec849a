import { Hono } from 'hono';
import type { AppDeps } from './deps';
import { errorHandler, methodNotAllowedResponse, notFoundHandler } from './errors/error-handlers';
import { limitBody } from './http/body-limit';
import { wrongMethod } from './http/method-not-allowed';
import { securityHeaders } from './http/security-headers';
import { catalogRoutes } from './routes/catalog';
import { docsRoutes } from './routes/docs';
import { healthRoutes } from './routes/health';
import { runRoutes } from './routes/runs';
import { workshopApp } from './workshop/workshop-app';

export type { AppDeps } from './deps';

/**
 * Builds the Doorway HTTP app from its dependencies. No port is opened here.
 * Other areas mount their sub-apps with one more `.route('/', theirRoutes(deps))` in the chain below,
 * which keeps their routes in `AppType` for the typed client.
 *
 * @example
 * const app = createApp({ now: () => new Date(), version: '0.1.0', storage, catalog, random: randomBytes, logger });
 * const res = await app.request('/api/health');
 */
export function createApp(deps: AppDeps) {
  const { logger } = deps;
  const base = new Hono();
  base.onError(errorHandler(logger));
  base.notFound((c) => {
    const allowed = wrongMethod(c);
    return allowed ? methodNotAllowedResponse(c, allowed) : notFoundHandler(c);
  });

  const app = base
    .use(async (c, next) => {
      const started = performance.now();
      await next();
      // Method, route pattern, status and time only: never bodies, which may hold trainee text.
      if (logger.isLevelEnabled('info'))
        logger.info(
          {
            method: c.req.method,
            route: c.req.routePath,
            status: c.res.status,
            ms: performance.now() - started,
          },
          'request',
        );
    })
    .use(securityHeaders())
    .use('/api/*', limitBody(deps.bodyLimitBytes ?? 64 * 1024))
    .route('/', healthRoutes(deps))
    .route('/', catalogRoutes(deps))
    .route('/', runRoutes(deps))
    .route('/', workshopApp(deps))
    .route('/', docsRoutes(deps.version));

  if (deps.benchHello) app.get('/api/bench/hello', (c) => c.json({ hello: 'world' }));
  return app;
}

export type AppType = ReturnType<typeof createApp>;
