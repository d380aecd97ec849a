import { z } from 'zod';
import { type DocumentedRoute, routeTable } from './route-table';

function ref(schema: z.ZodType): Record<string, unknown> {
  const id = z.globalRegistry.get(schema)?.id;
  if (id) return { $ref: `#/components/schemas/${id}` };
  return z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
}

function operation(route: DocumentedRoute) {
  const parameters = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
    name: m[1],
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }));
  return {
    summary: route.summary,
    tags: [route.tag],
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(route.runAuth ? { security: [{ runCookie: [] }, { runBearer: [] }] } : {}),
    ...(route.auth === 'facilitator' ? { security: [{ facilitatorSession: [] }] } : {}),
    ...(route.auth === 'participant'
      ? { security: [{ participantCookie: [] }, { participantBearer: [] }] }
      : {}),
    ...(route.body
      ? { requestBody: { required: true, content: { 'application/json': { schema: ref(route.body) } } } }
      : {}),
    responses: Object.fromEntries(
      Object.entries(route.responses).map(([status, r]) => [
        status,
        {
          description: r.description,
          ...(r.schema ? { content: { 'application/json': { schema: ref(r.schema) } } } : {}),
        },
      ]),
    ),
  };
}

/**
 * The OpenAPI 3.1 document, generated from the route table and the zod schemas (JSON Schema 2020-12).
 *
 * @example
 * const doc = openApiDocument('0.1.0'); doc.paths['/api/runs'].post.summary
 */
export function openApiDocument(version: string) {
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
  for (const route of routeTable) {
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
