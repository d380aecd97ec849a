import type { Context } from 'hono';
import { validator } from 'hono/validator';
import type { z } from 'zod';
import { ApiError } from '../errors/api-error';

const jsonMediaType = /^application\/([\w.-]+\+)?json$/i;

/** Turns zod issues into one readable sentence naming the fields. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => {
      const where = issue.path.length > 0 ? issue.path.join('.') : 'body';
      return `${where}: ${issue.message}`;
    })
    .join('; ');
}

/**
 * Validates a JSON request body against a zod schema; 415 for a non-JSON content type,
 * 400 `malformed_json` for broken JSON, 400 `invalid_body` (naming the fields) for a wrong shape.
 *
 * @example
 * app.post('/api/runs', jsonBody(CreateRunBody), (c) => c.json(c.req.valid('json')));
 */
export function jsonBody<S extends z.ZodType>(schema: S) {
  return validator('json', (_value, c): Promise<z.infer<S>> => parseJsonBody(c, schema));
}

/**
 * Reads and checks a JSON body: 415 `unsupported_media_type`, 400 `malformed_json` or 400 `invalid_body`.
 *
 * @example
 * const body = await parseJsonBody(c, CreateRunBody);
 */
export async function parseJsonBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  const mediaType = (c.req.header('Content-Type') ?? '').split(';')[0]?.trim() ?? '';
  if (!jsonMediaType.test(mediaType)) throw new ApiError('unsupported_media_type');
  let raw: unknown;
  try {
    raw = JSON.parse(await c.req.text());
  } catch {
    throw new ApiError('malformed_json');
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success)
    throw new ApiError('invalid_body', {
      message: `The request body is not valid: ${describeIssues(parsed.error)}.`,
    });
  return parsed.data;
}

/**
 * Validates path parameters (ids) so odd values get a clean 404 or 400 instead of reaching storage.
 *
 * @example
 * app.get('/api/runs/:id', params(RunIdParams), (c) => c.json(c.req.valid('param')));
 */
export function params<S extends z.ZodType>(schema: S, notFound: () => ApiError) {
  return validator('param', (value): z.infer<S> => {
    const parsed = schema.safeParse(value);
    if (!parsed.success) throw notFound();
    return parsed.data;
  });
}
