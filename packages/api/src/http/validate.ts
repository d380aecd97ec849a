import { zodProblems } from '@doorway/engine';
import type { Context } from 'hono';
import type { z } from 'zod';
import { ApiError } from '../errors/api-error';

const jsonMediaType = /^application\/([\w.-]+\+)?json$/i;

/**
 * Turns a body's zod issues into one readable sentence naming the fields, through the engine's one
 * zod-to-problem translator (`zodProblems`: missing fields, unknown keys with the closest allowed one,
 * allowed values), each problem with its fix.
 *
 * @example
 * describeIssues(CreateRunBody, { scenarioId: 'tiny', mode: 'exam' }, error)
 * // 'mode: string "exam" is not allowed here (use one of: practice, coach, assessment)'
 */
export function describeIssues(schema: z.ZodType, raw: unknown, error: z.ZodError): string {
  return zodProblems(schema, raw, error.issues)
    .slice(0, 5)
    .map((p) => `${p.path.length > 0 ? p.path.join('.') : 'body'}: ${p.message} (${p.fix})`)
    .join('; ');
}

/**
 * Reads and checks a JSON body: 415 `unsupported_media_type`, 400 `malformed_json` or 400 `invalid_body`
 * (naming the fields). Declared routes call it from their declaration (`declareRoute({ body })`).
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
      message: `The request body is not valid: ${describeIssues(schema, raw, parsed.error)}.`,
    });
  return parsed.data;
}

/**
 * A body that may be left out (`declareRoute({ optionalBody })`): none, or only white space, is
 * `undefined`; anything else is checked exactly as `parseJsonBody` checks a required one.
 *
 * @example
 * const body = (await parseOptionalJsonBody(c, StartStepRunBody)) ?? {};
 */
export async function parseOptionalJsonBody<S extends z.ZodType>(
  c: Context,
  schema: S,
): Promise<z.infer<S> | undefined> {
  // Hono keeps the text it read, so parseJsonBody reads the same body again.
  if ((await c.req.text()).trim() === '') return undefined;
  return parseJsonBody(c, schema);
}
