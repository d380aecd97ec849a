import { Hono } from 'hono';

/** What the app needs from the outside world; `server.ts` builds the real ones, tests build their own. */
export interface AppDeps {
  /** The clock, injected so tests control time. */
  now: () => Date;
  /** The version string reported by /api/health. */
  version: string;
}

/**
 * Builds the Doorway HTTP app from its dependencies. No port is opened here.
 *
 * @example
 * const app = createApp({ now: () => new Date(), version: '0.1.0' });
 * const res = await app.request('/api/health');
 */
export function createApp(deps: AppDeps) {
  const app = new Hono().get('/api/health', (c) =>
    c.json({ status: 'ok' as const, version: deps.version, time: deps.now().toISOString() }),
  );
  return app;
}

export type AppType = ReturnType<typeof createApp>;
