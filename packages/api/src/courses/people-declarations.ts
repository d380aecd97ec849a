import { declareRoute } from '../openapi/declare-route';
import { ErrorResponse } from '../schemas/error';
import { MeResponse } from './course-responses';
import {
  ErasedResponse,
  InviteCreatedResponse,
  InviteResponse,
  InvitesResponse,
  JoinedResponse,
  JoinInfoResponse,
  MemberErasedResponse,
  PersonDataResponse,
  SettingsResponse,
  SignedInResponse,
  SignInLinkResponse,
} from './people-responses';
import { CreateInviteBody, JoinBody, SettingsBody, SignInLinkBody } from './people-schemas';

const err = (description: string) => ({ description, schema: ErrorResponse });
const memberErrors = {
  401: err('`sign_in_required`: sign in.'),
  403: err('`role_required` (your role does not allow it) or `bad_origin`.'),
  404: err('`organisation_not_found`: no such organisation, or you are not a member.'),
};
const inviteGone = err('`invite_expired`, `invite_revoked` or `invite_used_up`: ask for a new link.');

/** Invites, cohort join links, one-time sign-in links (see docs/courses.md). */
export const postOrgsInvites = declareRoute({
  method: 'post',
  path: '/api/orgs/:orgId/invites',
  summary:
    'Creates an invite (admin: any role; manager: trainee). With cohortId it is a cohort join link. The token is in this answer only. With `mail: { lang }` (and `email`) the link is also mailed, in that language, by the mail outbox.',
  tag: 'organisations',
  auth: 'facilitator',
  body: CreateInviteBody,
  responses: {
    201: {
      description:
        '`{ invite: Invite & { url: "/join/<token>", delivery: Delivery | null }, token }` (Delivery: `{ to, lang, state: queued|retrying|sent|failed, attempts, lastError, nextAttemptAt, sentAt, failedAt }`).',
      schema: InviteCreatedResponse,
    },
    400: err('`invalid_body` (for `mail`, `email` is required) or `malformed_json`.'),
    ...memberErrors,
    404: err('`organisation_not_found` or `cohort_not_found`.'),
    409: err('`mail_not_configured`: the server has no SMTP settings; copy the link instead.'),
  },
});

export const getOrgsInvites = declareRoute({
  method: 'get',
  path: '/api/orgs/:orgId/invites',
  summary:
    'The invites of an organisation, newest first, without tokens (`?cohortId=` narrows to one cohort); each with `delivery` (its e-mail, or null).',
  tag: 'organisations',
  auth: 'facilitator',
  query: [{ name: 'cohortId', description: 'Only the invites of this cohort.' }],
  responses: {
    200: { description: '`{ invites: [Invite & { delivery }] }`.', schema: InvitesResponse },
    ...memberErrors,
  },
});

export const deleteOrgsInvitesOne = declareRoute({
  method: 'delete',
  path: '/api/orgs/:orgId/invites/:inviteId',
  summary: 'Revokes an invite: its link stops working at once; it stays listed as revoked.',
  tag: 'organisations',
  auth: 'facilitator',
  responses: {
    200: { description: '`{ invite }` with status `revoked`.', schema: InviteResponse },
    ...memberErrors,
    404: err('`organisation_not_found` or `invite_not_found`.'),
  },
});

export const getJoinOne = declareRoute({
  method: 'get',
  path: '/api/join/:token',
  summary: 'What an invite link is for (public): organisation, role, cohort and course, expiry.',
  tag: 'accounts',
  responses: {
    200: {
      description:
        '`{ join: { organisation: { id, name }, role, cohort: { id, name, courseTitle } | null, email, expiresAt } }`.',
      schema: JoinInfoResponse,
    },
    404: err('`invite_not_found`.'),
    410: inviteGone,
  },
});

export const postJoinOne = declareRoute({
  method: 'post',
  path: '/api/join/:token',
  summary:
    'Joins through an invite: `{ name, email, password }` makes an account; `{}` uses the signed-in one. Gives the role, enrols in the cohort (once) and signs in.',
  tag: 'accounts',
  body: JoinBody,
  responses: {
    200: {
      description: '`{ user: { id, name, email }, organisationId, cohortId }` and the session cookie.',
      schema: JoinedResponse,
    },
    400: err('`invalid_body`, `malformed_json`, `weak_password` or `invalid_email`.'),
    401: err('`sign_in_required`: `{}` was sent without a session.'),
    403: err('`invite_email_mismatch` or `bad_origin`.'),
    404: err('`invite_not_found`.'),
    409: err('`email_taken`: sign in, then open the link again.'),
    410: inviteGone,
    429: err('`rate_limited`.'),
  },
});

export const postOrgsMembersSignInLink = declareRoute({
  method: 'post',
  path: '/api/orgs/:orgId/members/:userId/sign-in-link',
  summary:
    'A one-time sign-in link for a member (manager: trainees only; admin: anyone but an admin; only for people of this organisation alone). Body optional: `{ expiresInDays? }` (default 7).',
  tag: 'organisations',
  auth: 'facilitator',
  optionalBody: SignInLinkBody,
  responses: {
    201: { description: '`{ url: "/sign-in/<token>", token, expiresAt }`.', schema: SignInLinkResponse },
    400: err('`invalid_body` or `malformed_json`.'),
    401: memberErrors[401],
    403: err('`role_required`, `sign_in_link_not_allowed` or `bad_origin`.'),
    404: err('`organisation_not_found` or `member_not_found`.'),
  },
});

export const postSignInOne = declareRoute({
  method: 'post',
  path: '/api/sign-in/:token',
  summary: 'Signs in with a one-time link (public); the link works once.',
  tag: 'accounts',
  responses: {
    200: { description: '`{ user: { id, name, email } }` and the session cookie.', schema: SignedInResponse },
    403: err('`bad_origin`.'),
    404: err('`sign_in_link_not_found`.'),
    410: err('`sign_in_link_used` or `sign_in_link_expired`: ask for a new link.'),
    429: err('`rate_limited`.'),
  },
});

export const getMe = declareRoute({
  method: 'get',
  path: '/api/me',
  summary: 'The signed-in person and the organisations they belong to, with their roles.',
  tag: 'accounts',
  auth: 'facilitator',
  responses: {
    200: {
      description: '`{ user: { id, name, email }, organisations: [{ id, name, roles }] }`.',
      schema: MeResponse,
    },
    401: memberErrors[401],
  },
});

export const getMeData = declareRoute({
  method: 'get',
  path: '/api/me/data',
  summary: 'Everything stored about the signed-in person, as a JSON download.',
  tag: 'accounts',
  auth: 'facilitator',
  responses: {
    200: {
      description:
        '`{ exportedAt, account, organisations, enrolments, runs: [{ …, steps }], workshopMarks, completionRecords, signInLinks, sessions, workshopRooms }`.',
      schema: PersonDataResponse,
    },
    401: memberErrors[401],
  },
});

export const deleteMe = declareRoute({
  method: 'delete',
  path: '/api/me',
  summary:
    'Erases the signed-in person: account, course runs, attempts, completion records (`?confirm=true`).',
  tag: 'accounts',
  auth: 'facilitator',
  query: [{ name: 'confirm', description: '`true`: erase for good (anything else is refused).' }],
  responses: {
    200: { description: '`{ erased: true }`; the session ends.', schema: ErasedResponse },
    401: memberErrors[401],
    403: err('`bad_origin`.'),
    409: err('`confirmation_required` (send `confirm=true`) or `last_admin`.'),
  },
});

export const getOrgsSettings = declareRoute({
  method: 'get',
  path: '/api/orgs/:orgId/settings',
  summary: 'Organisation settings (admin or manager): how long course data is kept.',
  tag: 'organisations',
  auth: 'facilitator',
  responses: {
    200: { description: '`{ settings: { id, name, retentionDays } }`.', schema: SettingsResponse },
    ...memberErrors,
  },
});

export const patchOrgsSettings = declareRoute({
  method: 'patch',
  path: '/api/orgs/:orgId/settings',
  summary: 'Sets how many days course data is kept after its last change (admin); null keeps it.',
  tag: 'organisations',
  auth: 'facilitator',
  body: SettingsBody,
  responses: {
    200: { description: '`{ settings: { id, name, retentionDays } }`.', schema: SettingsResponse },
    400: err('`invalid_body` or `malformed_json`.'),
    ...memberErrors,
  },
});

export const deleteOrgsMembersOne = declareRoute({
  method: 'delete',
  path: '/api/orgs/:orgId/members/:userId',
  summary:
    'Erases a member (admin, `?erase=true`): their account and all their data, or, when they also belong to another organisation, what this one holds about them.',
  tag: 'organisations',
  auth: 'facilitator',
  responses: {
    200: { description: '`{ erased: true, account: "deleted" | "kept" }`.', schema: MemberErasedResponse },
    ...memberErrors,
    404: err('`organisation_not_found` or `member_not_found`.'),
    409: err('`confirmation_required` (send `erase=true`), `cannot_erase_self` or `last_admin`.'),
  },
});
