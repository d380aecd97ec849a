import { z } from 'zod';
import { LangSchema } from '../schemas/runs';
import { RoleSchema } from './org-schemas';

// Request bodies of the invite, join, sign-in-link and settings routes: validated at the edge and documented
// in the OpenAPI table (docs/api.md lists the answers).

/** Longest an invite may stay open; a cohort join link is usually made for one intake. */
export const MAX_INVITE_DAYS = 90;

// No control characters (PostgreSQL refuses NUL in text); the e-mail rule itself is createUser's.
const Email = z
  .string()
  .trim()
  .min(3)
  .max(320)
  .regex(/^[^\s\p{Cc}]+$/u, 'an e-mail address has no spaces');
const Name = z
  .string()
  .trim()
  .min(1)
  .max(120)
  .regex(/^[^\p{Cc}]+$/u, 'a name has no control characters');
const Id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'an id from this API');

export const CreateInviteBody = z
  .object({
    role: RoleSchema,
    email: Email.optional(),
    cohortId: Id.optional(),
    /** Absent or null: any number of people may use it (a cohort join link). */
    maxUses: z.number().int().min(1).max(10_000).nullable().optional(),
    expiresInDays: z.number().int().min(1).max(MAX_INVITE_DAYS).optional(),
    /** Mail the link to `email` in this language (needs SMTP settings on the server; docs/courses.md). */
    mail: z
      .object({ lang: LangSchema })
      .strict()
      .optional()
      .describe('Send the invite to `email` by e-mail, written in `lang` (en or es).'),
  })
  .strict()
  .refine((b) => b.cohortId === undefined || b.role === 'trainee', {
    message: 'a cohort join link is for trainees: use role "trainee" with cohortId',
    path: ['role'],
  })
  .refine((b) => b.mail === undefined || (b.email !== undefined && /^[^@]+@[^@]+\.[^@]+$/.test(b.email)), {
    message: 'to mail an invite, give the address it goes to in "email" (like name@example.org)',
    path: ['email'],
  })
  .meta({ id: 'CreateInviteBody' });

/** A new person gives name, e-mail and password; someone already signed in sends `{}`. */
export const JoinBody = z
  .union([
    z
      .object({
        name: Name,
        email: Email,
        password: z.string().min(1).max(1024),
      })
      .strict(),
    z.object({}).strict(),
  ])
  .meta({ id: 'JoinInviteBody' });

export const SettingsBody = z
  .object({
    /** Days course data is kept after its last change; null keeps it until deleted. */
    retentionDays: z.number().int().min(1).max(3650).nullable(),
  })
  .strict()
  .meta({ id: 'OrganisationSettingsBody' });

export const SignInLinkBody = z
  .object({ expiresInDays: z.number().int().min(1).max(30).optional() })
  .strict()
  .meta({ id: 'SignInLinkBody' });
