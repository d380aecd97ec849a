// A seeded sampler of values from the JSON Schemas of the OpenAPI document: mostly values the schema
// accepts (so a request gets past validation into the route), sometimes one field wrong (so the edge's
// error path is exercised field by field). Only what the document uses is supported.

/** A JSON Schema node as the OpenAPI document writes them. */
export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  format?: string;
  default?: unknown;
};

export type Rand = () => number;

export const pick = <T>(rand: Rand, items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;

/** Strings a hostile client sends: traversal, NUL, control and bidi characters, huge, injection. */
export const junkStrings = [
  '',
  ' ',
  '..',
  '..%2f..%2fetc%2fpasswd',
  '\u0000',
  'a\u0000b',
  '\u001b[31m',
  '\u202e',
  '😀',
  'a'.repeat(5000),
  "' or 1=1 --",
  '<script>alert(1)</script>',
  '__proto__',
  'constructor',
  '-1',
  '1e308',
] as const;

/** A value of no particular shape. */
export function junkValue(rand: Rand, depth = 0): unknown {
  switch (Math.floor(rand() * (depth > 1 ? 6 : 8))) {
    case 0:
      return null;
    case 1:
      return rand() < 0.5;
    case 2:
      return pick(rand, [0, -1, 1e308, 2 ** 53 + 1, 0.5, 99999999999]);
    case 3:
    case 4:
      return pick(rand, junkStrings);
    case 5:
      return [];
    case 6:
      return [junkValue(rand, depth + 1)];
    default:
      return { [pick(rand, junkStrings)]: junkValue(rand, depth + 1) };
  }
}

/**
 * Samples a value for `schema`; `known` offers real ids (for fields named like them) and `wrong` is the
 * chance that any one node is replaced by junk.
 *
 * @example
 * sample(doc, { type: 'string', minLength: 1 }, rand, { known: {}, wrong: 0.1 });
 */
export function sample(
  doc: { components?: { schemas?: Record<string, JsonSchema> } },
  schema: JsonSchema,
  rand: Rand,
  options: { known: Record<string, string[]>; wrong: number; field?: string },
  depth = 0,
): unknown {
  if (rand() < options.wrong) return junkValue(rand);
  if (schema.$ref) {
    const name = schema.$ref.split('/').pop() ?? '';
    const target = doc.components?.schemas?.[name];
    return target ? sample(doc, target, rand, options, depth) : junkValue(rand);
  }
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return pick(rand, schema.enum);
  const alternatives = schema.oneOf ?? schema.anyOf;
  if (alternatives?.length) return sample(doc, pick(rand, alternatives), rand, options, depth);
  if (schema.allOf?.length) {
    const parts = schema.allOf.map((s) => sample(doc, s, rand, options, depth));
    return Object.assign(
      {},
      ...parts.filter((p) => typeof p === 'object' && p !== null && !Array.isArray(p)),
    );
  }
  const type = Array.isArray(schema.type) ? pick(rand, schema.type) : schema.type;
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      const required = new Set(schema.required ?? []);
      for (const [key, child] of Object.entries(schema.properties ?? {})) {
        if (!required.has(key) && rand() < 0.4) continue;
        if (depth > 5) continue;
        out[key] = sample(doc, child, rand, { ...options, field: key }, depth + 1);
      }
      return out;
    }
    case 'array': {
      const min = schema.minItems ?? 0;
      const max = Math.min(schema.maxItems ?? min + 3, min + 3);
      const length = min + Math.floor(rand() * (max - min + 1));
      return Array.from({ length }, () => sample(doc, schema.items ?? {}, rand, options, depth + 1));
    }
    case 'string':
      return sampleString(schema, rand, options);
    case 'integer':
    case 'number': {
      const min = schema.minimum ?? 0;
      const max = schema.maximum ?? min + 100;
      const value = min + rand() * (max - min);
      return type === 'integer' ? Math.floor(value) : value;
    }
    case 'boolean':
      return rand() < 0.5;
    case 'null':
      return null;
    default:
      return junkValue(rand);
  }
}

function sampleString(
  schema: JsonSchema,
  rand: Rand,
  options: { known: Record<string, string[]>; field?: string },
) {
  const ids = options.field ? options.known[options.field] : undefined;
  if (ids?.length && rand() < 0.8) return pick(rand, ids);
  if (schema.format === 'date-time') return pick(rand, ['2026-01-09T00:00:00Z', '2025-12-01T10:00:00.000Z']);
  if (schema.format === 'email') return `fuzz${Math.floor(rand() * 1e6)}@example.org`;
  const min = schema.minLength ?? 0;
  const max = Math.min(schema.maxLength ?? 40, 80);
  const length = Math.max(min, Math.min(max, 1 + Math.floor(rand() * 24)));
  const base = pick(rand, ['a long pass phrase here', 'Fuzz course', 'tiny', 'greet', 'ask', 'x']);
  return base.repeat(Math.ceil(length / base.length)).slice(0, length);
}
