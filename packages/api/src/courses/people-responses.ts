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

/** A mailed invite's e-mail (docs/courses.md, "Mailing invites"); null on an invite that was never mailed. */
export const InviteDeliverySchema = z
  .strictObject({
    to: z.string(),
    lang: z.string(),
    state: z.enum(['queued', 'retrying', 'sent', 'failed']),
    attempts: z.number().int(),
    lastError: z.string().nullable(),
    nextAttemptAt: z.string().nullable(),
    sentAt: z.string().nullable(),
    failedAt: z.string().nullable(),
  })
  .meta({ id: 'InviteDelivery' });
const InviteWithDelivery = InviteSchema.extend({ delivery: InviteDeliverySchema.nullable() });

export const InviteCreatedResponse = z.strictObject({
  invite: InviteWithDelivery.extend({ url: z.string() }),
  token: z.string(),
});
export const InvitesResponse = z.strictObject({ invites: z.array(InviteWithDelivery) });
/** The resend answer: the invite with its new delivery. */
export const InviteResentResponse = z.strictObject({ invite: InviteWithDelivery });
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

const Str = z.string();
const NullableStr = z.string().nullable();
/** `GET /api/me/data`: everything Doorway holds about the signed-in person (a download). */
export const PersonDataResponse = z.strictObject({
  exportedAt: Str,
  account: z.strictObject({ id: Str, email: Str, name: Str, createdAt: Str }),
  organisations: z.array(z.strictObject({ id: Str, name: Str, roles: z.array(RoleSchema) })),
  enrolments: z.array(
    z.strictObject({
      id: Str,
      organisationId: Str,
      cohortId: Str,
      cohortName: Str,
      courseId: Str,
      courseTitle: Str,
      enrolledAt: Str,
    }),
  ),
  runs: z.array(
    z.strictObject({
      enrolmentId: Str,
      stepId: Str,
      runId: Str,
      scenarioId: Str,
      scenarioVersion: Str,
      mode: Str,
      status: Str,
      startedAt: Str,
      updatedAt: Str,
      // Each step as the engine logged it.
      steps: z.array(z.strictObject({ seq: z.number().int(), at: Str, step: z.unknown() })),
    }),
  ),
  workshopMarks: z.array(z.strictObject({ enrolmentId: Str, stepId: Str, markedAt: Str })),
  completionRecords: z.array(
    z.strictObject({
      id: Str,
      organisationId: Str,
      courseId: Str,
      cohortId: Str,
      courseTitle: Str,
      passed: z.boolean(),
      summary: z.unknown(),
      completedAt: Str,
    }),
  ),
  signInLinks: z.array(
    z.strictObject({ organisationId: Str, createdAt: Str, expiresAt: Str, usedAt: NullableStr }),
  ),
  sessions: z.array(z.strictObject({ createdAt: Str, lastSeenAt: Str })),
  workshopRooms: z.array(
    z.strictObject({ id: Str, scenarioId: Str, phase: Str, createdAt: Str, updatedAt: Str }),
  ),
});
