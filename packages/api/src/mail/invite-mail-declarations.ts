import { z } from 'zod';
import { InviteResentResponse } from '../courses/people-responses';
import { declareRoute } from '../openapi/declare-route';
import { ErrorResponse } from '../schemas/error';
import { LangSchema } from '../schemas/runs';

const err = (description: string) => ({ description, schema: ErrorResponse });
const memberErrors = {
  401: err('`sign_in_required`: sign in.'),
  403: err('`role_required` (only admins and managers) or `bad_origin`.'),
  404: err('`organisation_not_found`: no such organisation, or you are not a member.'),
};

/** Whether this server mails invites (a manager's page says so when it does not). */
export const InviteMailStatus = z
  .strictObject({
    enabled: z.boolean().describe('True when the server has SMTP settings and sends invite e-mail.'),
  })
  .meta({ id: 'InviteMailStatus' });

export const ResendInviteBody = z
  .object({ lang: LangSchema.optional().describe('The language of the new message; default: the last one.') })
  .strict()
  .meta({ id: 'ResendInviteBody' });

/** Mailed invites (docs/courses.md, "Mailing invites"). */
export const getOrgsInviteMail = declareRoute({
  method: 'get',
  path: '/api/orgs/:orgId/invite-mail',
  summary: 'Whether invites can be mailed from this server (admins and managers).',
  tag: 'organisations',
  auth: 'facilitator',
  responses: {
    200: { description: 'Mailing on or off.', schema: InviteMailStatus },
    ...memberErrors,
  },
});

export const postOrgsInvitesResend = declareRoute({
  method: 'post',
  path: '/api/orgs/:orgId/invites/:inviteId/resend',
  summary:
    'Mails an invite again (admin: any; manager: trainee invites): a new link replaces the old one, which stops working; the delivery starts over. Body optional: `{ lang? }`.',
  tag: 'organisations',
  auth: 'facilitator',
  optionalBody: ResendInviteBody,
  responses: {
    200: {
      description: '`{ invite: Invite & { delivery } }` with the delivery queued.',
      schema: InviteResentResponse,
    },
    400: err('`invalid_body` or `malformed_json`.'),
    ...memberErrors,
    404: err('`organisation_not_found` or `invite_not_found`.'),
    409: err('`mail_not_configured` (no SMTP settings) or `invite_has_no_email`.'),
    410: err('`invite_expired`, `invite_revoked` or `invite_used_up`: make a new invite.'),
  },
});
