import { Hono } from 'hono';
import { MAX_SCENARIO_BYTES } from './authoring/authoring-schemas';
import { liveCatalog } from './authoring/live-catalog';
import { courseRunSync } from './courses/course-run-sync';
import type { AppDeps } from './deps';
import { errorHandler, methodNotAllowedResponse, notFoundHandler } from './errors/error-handlers';
import { limitBody } from './http/body-limit';
import { allowTable, wrongMethod } from './http/method-not-allowed';
import { securityHeaders } from './http/security-headers';
import { servedRoutes } from './openapi/declare-route';
import { catalogRoutes } from './routes/catalog';
import { docsRoutes } from './routes/docs';
import { healthRoutes } from './routes/health';
import { runRoutes } from './routes/runs';
import { workshopApp } from './workshop/workshop-app';

export type { AppDeps } from './deps';

/**
 * Builds the Doorway HTTP app from its dependencies. No port is opened here.
 * Other areas mount their sub-apps with one more `.route('/', theirRoutes(deps))` in the chain below;
 * the typed client reads their routes from the declaration modules listed in `client/declared-routes.ts`.
 *
 * @example
 * const app = createApp({ now: () => new Date(), version: '0.1.0', storage, catalog, random: randomBytes, logger });
 * const res = await app.request('/api/health');
 */
export function createApp(given: AppDeps) {
  // Published scenario versions are laid over the given catalog, so every area serves the newest one.
  const deps: AppDeps = { ...given, catalog: liveCatalog(given.catalog) };
  const { logger } = deps;
  const smallBodies = limitBody(deps.bodyLimitBytes ?? 64 * 1024);
  // Scenario texts (drafts, lint, upload) are larger than any other body.
  const scenarioBodies = limitBody(MAX_SCENARIO_BYTES + 16 * 1024);
  const scenarioPath = /^\/api\/orgs\/[^/]+\/(drafts|lint)(\/|$)/;
  const base = new Hono();
  // The document and the 405 table come from the declared routes as mounted, read once the app is built.
  const served = () => servedRoutes(base.routes);
  let allow: ReturnType<typeof allowTable> | undefined;
  base.onError(errorHandler(logger));
  base.notFound((c) => {
    allow ??= allowTable(served());
    const allowed = wrongMethod(allow, c);
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
    .use('/api/*', (c, next) => (scenarioPath.test(c.req.path) ? scenarioBodies : smallBodies)(c, next))
    .route('/', healthRoutes(deps))
    .route('/', catalogRoutes(deps))
    // Before the run routes, so it sees their answers: a course run that ends may complete a course.
    .use('/api/runs/:id/*', courseRunSync(deps))
    .route('/', runRoutes(deps))
    .route('/', workshopApp(deps))
    .route('/', docsRoutes(deps.version, served));

  if (deps.benchHello) app.get('/api/bench/hello', (c) => c.json({ hello: 'world' }));
  return app;
}
