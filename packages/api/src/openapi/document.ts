import { z } from 'zod';
import type { RouteSpec, ServedRoute } from './declare-route';

function ref(schema: z.ZodType): Record<string, unknown> {
  const id = z.globalRegistry.get(schema)?.id;
  if (id) return { $ref: `#/components/schemas/${id}` };
  return z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
}

/** What one operation is written from: a declared route as served. */
type OperationSource = Pick<
  RouteSpec,
  'summary' | 'tag' | 'auth' | 'body' | 'optionalBody' | 'query' | 'responses'
> & {
  /** OpenAPI style, `{id}`. */
  path: string;
};

const security = {
  run: [{ runCookie: [] }, { runBearer: [] }],
  facilitator: [{ facilitatorSession: [] }],
  participant: [{ participantCookie: [] }, { participantBearer: [] }],
} as const;

function operation(route: OperationSource) {
  const parameters = [
    ...[...route.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      schema: { type: 'string' },
    })),
    ...(route.query ?? []).map((q) => ({
      name: q.name,
      in: 'query',
      required: false,
      description: q.description,
      schema: { type: 'string' },
    })),
  ];
  return {
    summary: route.summary,
    tags: [route.tag],
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(route.auth ? { security: security[route.auth] } : {}),
    ...(route.body
      ? { requestBody: { required: true, content: { 'application/json': { schema: ref(route.body) } } } }
      : route.optionalBody
        ? {
            requestBody: {
              required: false,
              content: { 'application/json': { schema: ref(route.optionalBody) } },
            },
          }
        : {}),
    responses: Object.fromEntries(
      Object.entries(route.responses).map(([status, r]) => [
        status,
        {
          description: r.description,
          ...(r.schema
            ? { content: { [r.mediaType ?? 'application/json']: { schema: ref(r.schema) } } }
            : r.mediaType
              ? { content: { [r.mediaType]: {} } }
              : {}),
        },
      ]),
    ),
  };
}

/**
 * Every route of the document: the declared routes the app serves, at their mounted paths (OpenAPI style).
 *
 * @example
 * documentedRoutes(servedRoutes(app.routes)).map((r) => `${r.method} ${r.path}`) // ['get /api/health', ...]
 */
export function documentedRoutes(served: readonly ServedRoute[]): (OperationSource & { method: string })[] {
  return served.map((r) => ({ ...r.spec, method: r.method, path: openApiPath(r.path) }));
}

/** `/api/runs/:id` as OpenAPI writes it: `/api/runs/{id}`. */
export function openApiPath(path: string): string {
  return path.replace(/:(\w+)/g, '{$1}');
}

/**
 * The OpenAPI 3.1 document, generated from the routes the app serves and the zod schemas (JSON Schema 2020-12).
 *
 * @example
 * const doc = openApiDocument('0.1.0', servedRoutes(app.routes)); doc.paths['/api/runs'].post.summary
 */
export function openApiDocument(version: string, served: readonly ServedRoute[]) {
  // Every schema with a `.meta({ id })` becomes a component; routes point at them by $ref.
  const all = z.toJSONSchema(z.globalRegistry, {
    target: 'draft-2020-12',
    unrepresentable: 'any',
    uri: (id) => `#/components/schemas/${id}`,
  }) as { schemas: Record<string, Record<string, unknown>> };
  const schemas = Object.fromEntries(
    Object.entries(all.schemas).map(([id, s]) => {
      const { $schema: _s, $id: _i, ...rest } = s;
      return [id, rest];
    }),
  );
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of documentedRoutes(served)) {
    paths[route.path] ??= {};
    (paths[route.path] as Record<string, unknown>)[route.method] = operation(route);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Doorway API',
      version,
      description:
        'Runs, choices and debriefs for the Doorway training simulator. Every error is `{ "error": { "code", "message" } }`. See docs/api.md.',
    },
    servers: [{ url: '/' }],
    tags: [
      { name: 'service', description: 'Health.' },
      { name: 'catalog', description: 'Scenarios, rubric and sources.' },
      {
        name: 'runs',
        description: 'A trainee’s run: the step log is the truth; the server replays and scores.',
      },
      { name: 'accounts', description: 'Facilitator accounts and sessions (docs/workshop.md).' },
      { name: 'workshop', description: 'Workshop rooms: join codes, votes, reveal, commit, live events.' },
      { name: 'organisations', description: 'Organisations, their people and roles (docs/courses.md).' },
      {
        name: 'authoring',
        description: 'Scenario drafts, lint and publishing for authors (docs/authoring.md).',
      },
    ],
    paths,
    components: {
      schemas,
      securitySchemes: {
        runCookie: { type: 'apiKey', in: 'cookie', name: 'doorway_run_{id}' },
        runBearer: { type: 'http', scheme: 'bearer', description: 'The `runToken` from POST /api/runs.' },
        facilitatorSession: { type: 'apiKey', in: 'cookie', name: 'doorway_session' },
        participantCookie: { type: 'apiKey', in: 'cookie', name: 'doorway_p_{id}' },
        participantBearer: {
          type: 'http',
          scheme: 'bearer',
          description: 'The `participantToken` from POST /api/join.',
        },
      },
    },
  };
}
