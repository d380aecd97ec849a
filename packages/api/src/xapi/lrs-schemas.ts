import { z } from 'zod';

// The organisation LRS settings as the API takes and gives them; the secret goes in, never out.

const Endpoint = z
  .url({ message: 'use the LRS xAPI base URL, like https://lrs.example.org/xapi' })
  .refine((u) => /^https?:\/\//i.test(u), 'use an http:// or https:// URL');

export const PutLrsBody = z
  .object({
    endpoint: Endpoint,
    /** HTTP Basic user name (the LRS "key"). */
    key: z.string().min(1).max(200),
    /** HTTP Basic password (the LRS "secret"); leave out to keep the stored one. */
    secret: z.string().min(1).max(500).optional(),
    /** false keeps the settings but writes no statements. Default true. */
    enabled: z.boolean().optional(),
  })
  .strict()
  .meta({ id: 'PutLrsBody' });
export type PutLrsBody = z.infer<typeof PutLrsBody>;

export const LrsSettings = z
  .object({
    endpoint: z.string(),
    key: z.string(),
    secretSet: z.literal(true),
    enabled: z.boolean(),
    updatedAt: z.string(),
    /** Statements not yet acknowledged by the LRS, and the last error a send got (if any). */
    pending: z.number().int(),
    lastError: z.string().nullable(),
  })
  .meta({ id: 'LrsSettings' });
export type LrsSettings = z.infer<typeof LrsSettings>;

/** GET and PUT /api/orgs/{orgId}/lrs answer `{ lrs }`: null when the organisation has no LRS. */
export const LrsResponse = z.object({ lrs: LrsSettings.nullable() }).meta({ id: 'LrsResponse' });
