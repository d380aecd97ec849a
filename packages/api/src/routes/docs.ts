import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Hono } from 'hono';
import { ApiError } from '../errors/api-error';
import { declareRoute, type ServedRoute } from '../openapi/declare-route';
import { openApiDocument } from '../openapi/document';
import { ErrorResponse } from '../schemas/error';

// Only these files are served, read once at start: no path from the request ever reaches the file system.
const assetTypes: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'swagger-ui-standalone-preset.js': 'text/javascript; charset=utf-8',
};

// No inline script (the CSP forbids it): the page loads this small initialiser as a file.
const initScript = `window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#swagger-ui', deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset], layout: 'StandaloneLayout' });
});
`;

const page = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Doorway API reference</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/api/docs/assets/swagger-ui.css">
</head>
<body>
<div id="swagger-ui"></div>
<script src="/api/docs/assets/swagger-ui-bundle.js"></script>
<script src="/api/docs/assets/swagger-ui-standalone-preset.js"></script>
<script src="/api/docs/assets/init.js"></script>
</body>
</html>
`;

const getOpenApi = declareRoute({
  method: 'get',
  path: '/api/openapi.json',
  summary: 'This document: OpenAPI 3.1, generated from the declared routes and their zod schemas.',
  tag: 'service',
  responses: { 200: { description: 'The OpenAPI document.', mediaType: 'application/json' } },
});

const getDocsPage = declareRoute({
  method: 'get',
  path: '/api/docs',
  summary: 'The API reference page (Swagger UI, served from this server, no CDN).',
  tag: 'service',
  responses: { 200: { description: 'The page.', mediaType: 'text/html' } },
});

const getDocsAsset = declareRoute({
  method: 'get',
  path: '/api/docs/assets/:name',
  summary: "One of the reference page's bundled scripts or style sheets.",
  tag: 'service',
  responses: {
    200: { description: 'The asset (JavaScript or CSS).', mediaType: 'text/javascript' },
    404: { description: '`not_found`: no such asset.', schema: ErrorResponse },
  },
});

/**
 * GET /api/openapi.json and the reference page at /api/docs with its bundled assets (no CDN).
 *
 * @example
 * app.route('/', docsRoutes('0.1.0', () => servedRoutes(app.routes)));
 */
export function docsRoutes(version: string, served: () => readonly ServedRoute[]) {
  const dir = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
  const assets = new Map<string, { body: string; type: string }>();
  for (const [name, type] of Object.entries(assetTypes))
    assets.set(name, { body: readFileSync(join(dir, name), 'utf8'), type });
  assets.set('init.js', { body: initScript, type: 'text/javascript; charset=utf-8' });
  let document: ReturnType<typeof openApiDocument> | undefined;

  return new Hono()
    .get(getOpenApi.path, getOpenApi.validate, (c) => {
      document ??= openApiDocument(version, served());
      return c.json(document);
    })
    .get(getDocsPage.path, getDocsPage.validate, (c) => c.html(page))
    .get(getDocsAsset.path, getDocsAsset.validate, (c) => {
      const asset = assets.get(c.req.param('name'));
      if (!asset)
        throw new ApiError('not_found', { message: 'No such documentation asset. Open /api/docs.' });
      return c.body(asset.body, 200, {
        'Content-Type': asset.type,
        'Cache-Control': 'public, max-age=86400',
      });
    });
}
