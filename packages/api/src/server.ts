import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { mountWebApp } from './static';

// The only file that reads the environment and opens a port.
const here = dirname(fileURLToPath(import.meta.url));
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';
const webDist = process.env.WEB_DIST ?? resolve(here, '../../web/dist');

const app = createApp({ now: () => new Date(), version: '0.1.0' });
const hasWeb = mountWebApp(app, webDist);

serve({ fetch: app.fetch, port, hostname: host }, (info) => {
  const shown = host === '0.0.0.0' ? 'localhost' : host;
  console.log(`Doorway is running at http://${shown}:${info.port}/`);
  if (!hasWeb)
    console.log(
      `(web app not built: run "pnpm --filter @doorway/web build"; the API still answers under /api)`,
    );
});
