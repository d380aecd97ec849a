import { isAbsolute, resolve } from 'node:path';
import { z } from 'zod';

const emptyToUndefined = (v: unknown) => (v === '' ? undefined : v);
const bool = z.preprocess(
  emptyToUndefined,
  z
    .enum(['true', 'false', '1', '0'], { message: 'use true or false' })
    .optional()
    .transform((v) => v === 'true' || v === '1'),
);

const ms = (fallback: number) =>
  z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ message: 'use a whole number of milliseconds, at least 10' })
      .int('use a whole number of milliseconds, at least 10')
      .min(10, 'use a whole number of milliseconds, at least 10')
      .default(fallback),
  );

/** An SMTP server's URL: smtp:// (STARTTLS when offered) or smtps:// (TLS from the start), with a host. */
const smtpUrl = z.preprocess(
  emptyToUndefined,
  z
    .string()
    .refine(
      (v) => {
        try {
          const url = new URL(v);
          return (url.protocol === 'smtp:' || url.protocol === 'smtps:') && url.hostname !== '';
        } catch {
          return false;
        }
      },
      {
        message:
          'use smtp://user:password@host:587 (STARTTLS) or smtps://user:password@host:465 (TLS); percent-encode @ : / in the user or password',
      },
    )
    .optional(),
);

/** A sender: `address@host` or `Name <address@host>`. */
const mailFrom = z.preprocess(
  emptyToUndefined,
  z
    .string()
    .regex(/^(?:[^<>\r\n]*<[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)$/, {
      message:
        'use an address like doorway@example.org, or a name and address like Doorway <doorway@example.org>',
    })
    .optional(),
);

/** The environment the server reads; every variable has a default except DATABASE_URL (SQLite when unset). */
export const EnvSchema = z
  .object({
    PORT: z.preprocess(
      emptyToUndefined,
      z.coerce
        .number({ message: 'use a whole number between 1 and 65535' })
        .int('use a whole number between 1 and 65535')
        .min(1, 'use a whole number between 1 and 65535')
        .max(65535, 'use a whole number between 1 and 65535')
        .default(3000),
    ),
    HOST: z.preprocess(emptyToUndefined, z.string().min(1).default('127.0.0.1')),
    DATABASE_URL: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(
          /^postgres(ql)?:\/\//,
          'use a PostgreSQL URL (postgres://user@host:5432/db), or leave it empty for SQLite',
        )
        .optional(),
    ),
    DATA_DIR: z.preprocess(emptyToUndefined, z.string().min(1).default('./data')),
    LOG_LEVEL: z.preprocess(
      emptyToUndefined,
      z
        .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
          message: 'use one of fatal, error, warn, info, debug, trace, silent',
        })
        .default('info'),
    ),
    WEB_DIST: z.preprocess(emptyToUndefined, z.string().min(1).optional()),
    SCENARIOS_DIR: z.preprocess(emptyToUndefined, z.string().min(1).optional()),
    SQLITE_SYNC: z.preprocess(
      emptyToUndefined,
      z.enum(['full', 'normal'], { message: 'use full or normal' }).default('normal'),
    ),
    TRUST_PROXY: bool,
    ALLOWED_ORIGINS: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .optional()
        .transform((v) => (v ? v.split(',').map((s) => s.trim()) : []))
        .pipe(
          z.array(z.url({ message: 'use a comma-separated list of origins like http://localhost:5173' })),
        ),
    ),
    RATE_LIMIT_RUNS_PER_MINUTE: z.preprocess(
      emptyToUndefined,
      z.coerce
        .number({ message: 'use a whole number (0 turns the limit off)' })
        .int('use a whole number (0 turns the limit off)')
        .min(0, 'use a whole number (0 turns the limit off)')
        .default(30),
    ),
    DOORWAY_BENCH: bool,
    /** PostgreSQL connections per process (the pg pool's size). */
    PG_POOL_MAX: z.preprocess(
      emptyToUndefined,
      z.coerce
        .number({ message: 'use a whole number between 1 and 500' })
        .int('use a whole number between 1 and 500')
        .min(1, 'use a whole number between 1 and 500')
        .max(500, 'use a whole number between 1 and 500')
        .default(20),
    ),
    /** How long a request waits for a free PostgreSQL connection before it gets 503 with Retry-After. */
    PG_POOL_WAIT_MS: z.preprocess(
      emptyToUndefined,
      z.coerce
        .number({ message: 'use a whole number of milliseconds between 100 and 60000' })
        .int('use a whole number of milliseconds between 100 and 60000')
        .min(100, 'use a whole number of milliseconds between 100 and 60000')
        .max(60_000, 'use a whole number of milliseconds between 100 and 60000')
        .default(5000),
    ),
    /** Requests one process works on at once; the next ones get 503 with Retry-After at once (0: no limit). */
    MAX_IN_FLIGHT: z.preprocess(
      emptyToUndefined,
      z.coerce
        .number({ message: 'use a whole number (0 turns the limit off)' })
        .int('use a whole number (0 turns the limit off)')
        .min(0, 'use a whole number (0 turns the limit off)')
        .default(256),
    ),
    /** Node processes serving one port (node:cluster); more than 1 needs PostgreSQL. */
    WORKERS: z.preprocess(
      emptyToUndefined,
      z.coerce
        .number({ message: 'use a whole number between 1 and 64' })
        .int('use a whole number between 1 and 64')
        .min(1, 'use a whole number between 1 and 64')
        .max(64, 'use a whole number between 1 and 64')
        .default(1),
    ),
    /** The server's public URL (xAPI actor homepage, activity ids); default http://HOST:PORT. */
    PUBLIC_URL: z.preprocess(
      emptyToUndefined,
      z
        .url({ message: 'use the address people open Doorway at, like https://doorway.example.org' })
        .optional(),
    ),
    /** xAPI outbox pacing, in milliseconds: claim lease, idle poll, first retry delay, longest retry delay. */
    XAPI_LEASE_MS: ms(60_000),
    XAPI_POLL_MS: ms(1000),
    XAPI_RETRY_BASE_MS: ms(1000),
    XAPI_RETRY_MAX_MS: ms(300_000),
    /** How often each process re-reads published_scenarios on PostgreSQL (the fallback to NOTIFY). */
    PUBLISH_POLL_MS: ms(30_000),
    /** Mailing invites (docs/courses.md): both set, or neither (invite links are then copied by hand). */
    SMTP_URL: smtpUrl,
    SMTP_FROM: mailFrom,
    /** Invite mail pacing: tries before a message is marked failed, first retry delay, longest retry delay. */
    SMTP_MAX_ATTEMPTS: z.preprocess(
      emptyToUndefined,
      z.coerce
        .number({ message: 'use a whole number between 1 and 50' })
        .int('use a whole number between 1 and 50')
        .min(1, 'use a whole number between 1 and 50')
        .max(50, 'use a whole number between 1 and 50')
        .default(8),
    ),
    SMTP_RETRY_BASE_MS: ms(30_000),
    SMTP_RETRY_MAX_MS: ms(30 * 60_000),
    /** `false` keeps the run hot path on Kysely instead of prepared statements (for comparing, diagnosing). */
    STORAGE_FAST_PATH: z.preprocess(
      emptyToUndefined,
      z
        .enum(['true', 'false'], { message: 'use true or false' })
        .default('true')
        .transform((v) => v === 'true'),
    ),
  })
  .superRefine((env, ctx) => {
    if (env.SMTP_URL && !env.SMTP_FROM)
      ctx.addIssue({
        code: 'custom',
        path: ['SMTP_FROM'],
        message: 'SMTP_URL is set, so say who invites are from: SMTP_FROM=Doorway <doorway@example.org>',
      });
    if (env.SMTP_FROM && !env.SMTP_URL)
      ctx.addIssue({
        code: 'custom',
        path: ['SMTP_URL'],
        message: 'SMTP_FROM is set, so give the mail server too: SMTP_URL=smtp://user:password@host:587',
      });
  });

/**
 * A URL with its password replaced by `***`, for messages and logs.
 *
 * @example
 * hidePassword('smtp://me:secret@mail.example.org:587'); // 'smtp://me:***@mail.example.org:587'
 */
export function hidePassword(value: string): string {
  return value.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*):.*@/i, '$1:***@');
}

export type ServerConfig = z.infer<typeof EnvSchema> & { dataDir: string };

/**
 * Parses the environment; a bad value gives one readable line per variable naming what is allowed.
 * DATA_DIR is resolved against `repoRoot` when relative.
 *
 * @example
 * const parsed = parseEnv(process.env, '/srv/doorway');
 * if (!parsed.ok) { console.error(parsed.error.join('\n')); process.exit(1); }
 */
export function parseEnv(
  env: Record<string, string | undefined>,
  repoRoot: string,
): { ok: true; value: ServerConfig } | { ok: false; error: string[] } {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    return {
      ok: false,
      error: parsed.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? 'environment');
        // The SMTP URL may hold a password, perhaps mistyped so no pattern would find it: never echo it.
        if (name === 'SMTP_URL') return `SMTP_URL (value not shown) is not valid: ${issue.message}.`;
        return `${name}=${JSON.stringify(env[name] ?? '')} is not valid: ${issue.message}.`;
      }),
    };
  }
  const dataDir = isAbsolute(parsed.data.DATA_DIR)
    ? parsed.data.DATA_DIR
    : resolve(repoRoot, parsed.data.DATA_DIR);
  return { ok: true, value: { ...parsed.data, dataDir } };
}
