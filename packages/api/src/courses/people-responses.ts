import { z } from 'zod';
import { RoleSchema } from './org-schemas';

// Answers of the invite, join, sign-in-link, personal-data and settings routes (see course-responses.ts).

export const InviteSchema = z
  .strictObject({
    id: z.string(),
    role: RoleSchema,
    cohortId: z.string().nullable(),
    email: z.string().nullable(),
    maxUses: z.number().int().nullable(),
    uses: z.number().int(),
    expiresAt: z.string(),
    revokedAt: z.string().nullable(),
    createdAt: z.string(),
    status: z.enum(['active', 'expired', 'revoked', 'used_up']),
  })
  .meta({ id: 'Invite' });
/** An invite as the API shows it (never the token, which only its creator sees, once). */
export type InviteView = z.infer<typeof InviteSchema>;

export const InviteCreatedResponse = z.strictObject({
  invite: InviteSchema.extend({ url: z.string() }),
  token: z.string(),
});
export const InvitesResponse = z.strictObject({ invites: z.array(InviteSchema) });
export const InviteResponse = z.strictObject({ invite: InviteSchema });

const Named = z.strictObject({ id: z.string(), name: z.string() });
export const JoinInfoResponse = z.strictObject({
  join: z.strictObject({
    organisation: Named,
    role: RoleSchema,
    cohort: z.strictObject({ id: z.string(), name: z.string(), courseTitle: z.string() }).nullable(),
    email: z.string().nullable(),
    expiresAt: z.string(),
  }),
});
const Person = z.strictObject({ id: z.string(), name: z.string(), email: z.string() });
export const JoinedResponse = z.strictObject({
  user: Person,
  organisationId: z.string(),
  cohortId: z.string().nullable(),
});
export const SignInLinkResponse = z.strictObject({
  url: z.string(),
  token: z.string(),
  expiresAt: z.string(),
});
export const SignedInResponse = z.strictObject({ user: Person });
export const ErasedResponse = z.strictObject({ erased: z.literal(true) });
export const MemberErasedResponse = z.strictObject({
  erased: z.literal(true),
  account: z.enum(['deleted', 'kept']),
});
export const SettingsResponse = z.strictObject({
  settings: z.strictObject({ id: z.string(), name: z.string(), retentionDays: z.number().int().nullable() }),
});
