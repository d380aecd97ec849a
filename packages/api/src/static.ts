import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';

/**
 * Serves the built web app from `dir`, falling back to `index.html` for client routes
 * (any GET that is not under /api and has no file extension).
 *
 * @example
 * mountWebApp(app, '/srv/doorway/packages/web/dist');
 */
export function mountWebApp(app: Hono, dir: string): boolean {
  const indexPath = join(dir, 'index.html');
  if (!existsSync(indexPath)) return false;
  const indexHtml = readFileSync(indexPath, 'utf8');
  app.use('/assets/*', serveStatic({ root: dir }));
  app.get('*', async (c, next) => {
    const path = c.req.path;
    if (path.startsWith('/api/')) return next();
    if (/\.[a-z0-9]+$/i.test(path)) return serveStatic({ root: dir })(c, next);
    return c.html(indexHtml);
  });
  return true;
}
