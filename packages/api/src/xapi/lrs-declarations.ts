import { declareRoute } from '../openapi/declare-route';
import { ErrorResponse } from '../schemas/error';
import { LrsResponse, PutLrsBody } from './lrs-schemas';

const err = (description: string) => ({ description, schema: ErrorResponse });
const adminErrors = {
  401: err('`sign_in_required`: sign in.'),
  403: err('`role_required` (admins only) or `bad_origin`.'),
  404: err('`organisation_not_found`: no such organisation, or you are not a member.'),
};

/** An organisation's Learning Record Store for server-side xAPI (see docs/lms.md). */
export const getOrgsLrs = declareRoute({
  method: 'get',
  path: '/api/orgs/:orgId/lrs',
  summary: "The organisation's LRS settings without the secret, and how many statements wait (admin).",
  tag: 'organisations',
  auth: 'facilitator',
  responses: {
    200: { description: '`{ lrs: LrsSettings | null }`.', schema: LrsResponse },
    ...adminErrors,
  },
});

export const putOrgsLrs = declareRoute({
  method: 'put',
  path: '/api/orgs/:orgId/lrs',
  summary: 'Sets the LRS endpoint and Basic credentials (admin); leave out `secret` to keep the stored one.',
  tag: 'organisations',
  auth: 'facilitator',
  body: PutLrsBody,
  responses: {
    200: { description: '`{ lrs: LrsSettings }`.', schema: LrsResponse },
    400: err('`invalid_body`, `malformed_json`, or `lrs_secret_required` (first time: send the secret).'),
    ...adminErrors,
  },
});

export const deleteOrgsLrs = declareRoute({
  method: 'delete',
  path: '/api/orgs/:orgId/lrs',
  summary: 'Removes the LRS settings (admin); waiting statements stay until an LRS is set again.',
  tag: 'organisations',
  auth: 'facilitator',
  responses: { 204: { description: 'Removed.' }, ...adminErrors },
});
