import { Credentials, SetupBody } from '../auth/auth-routes';
import { ErrorResponse } from '../schemas/error';
import { CommandBody, CreateRoomBody, JoinBody, VoteBody } from '../workshop/workshop-schemas';
import type { DocumentedRoute } from './route-table';

const err = (description: string) => ({ description, schema: ErrorResponse });
const facilitatorErrors = {
  401: err('`sign_in_required`: sign in as a facilitator.'),
  403: err('`not_your_room` (another facilitator) or `bad_origin`.'),
  404: err('`room_not_found`.'),
};
const bodyErrors = {
  400: err('`invalid_body` or `malformed_json`.'),
  413: err('`payload_too_large`.'),
  415: err('`unsupported_media_type`: send JSON.'),
};

/** Facilitator accounts and workshop rooms (see docs/workshop.md). */
export const workshopRouteTable: DocumentedRoute[] = [
  {
    method: 'get',
    path: '/api/auth/status',
    summary: 'Whether first-run set-up is needed, and the signed-in facilitator if any.',
    tag: 'accounts',
    responses: { 200: { description: '`{ setupNeeded, user }`.' } },
  },
  {
    method: 'post',
    path: '/api/auth/setup',
    summary: 'Creates the first facilitator account (only while none exists) and signs it in.',
    tag: 'accounts',
    body: SetupBody,
    responses: {
      201: { description: '`{ user }` and the session cookie.' },
      ...bodyErrors,
      409: err('`setup_done`: an account exists; sign in instead.'),
    },
  },
  {
    method: 'post',
    path: '/api/auth/login',
    summary: 'Signs a facilitator in (a new session token each time); rate-limited per address.',
    tag: 'accounts',
    body: Credentials,
    responses: {
      200: { description: '`{ user }` and the session cookie.' },
      ...bodyErrors,
      401: err('`bad_credentials`.'),
      429: err('`rate_limited`, with Retry-After.'),
    },
  },
  {
    method: 'post',
    path: '/api/auth/logout',
    summary: 'Ends the session on the server and clears the cookie.',
    tag: 'accounts',
    responses: { 200: { description: '`{ signedOut: true }`.' } },
  },
  {
    method: 'get',
    path: '/api/rooms',
    summary: "The signed-in facilitator's rooms.",
    tag: 'workshop',
    auth: 'facilitator',
    responses: { 200: { description: '`{ rooms }`.' }, 401: facilitatorErrors[401] },
  },
  {
    method: 'post',
    path: '/api/rooms',
    summary: 'Opens a room on a scenario: a six-character join code, a join link and a QR code (SVG).',
    tag: 'workshop',
    auth: 'facilitator',
    body: CreateRoomBody,
    responses: {
      201: { description: '`{ room, joinUrl, qrSvg }`.' },
      ...bodyErrors,
      ...facilitatorErrors,
    },
  },
  {
    method: 'get',
    path: '/api/rooms/{id}',
    summary: 'The presenter view of a room, with its join link and QR code.',
    tag: 'workshop',
    auth: 'facilitator',
    responses: { 200: { description: '`{ room, joinUrl, qrSvg }`.' }, ...facilitatorErrors },
  },
  {
    method: 'delete',
    path: '/api/rooms/{id}',
    summary: 'Deletes a room with its participants, votes and decisions.',
    tag: 'workshop',
    auth: 'facilitator',
    responses: { 200: { description: '`{ deleted: true }`.' }, ...facilitatorErrors },
  },
  {
    method: 'post',
    path: '/api/rooms/{id}/commands',
    summary:
      'start, open-vote, close-vote, reveal, show-feedback, revote, commit (with choiceId), skip, pause, resume, end.',
    tag: 'workshop',
    auth: 'facilitator',
    body: CommandBody,
    responses: {
      200: { description: '`{ room }`: the presenter view after the command.' },
      ...bodyErrors,
      ...facilitatorErrors,
      409: err(
        '`illegal_command` (with `phase`), `skip_not_allowed`, `choice_not_available`, or `room_changed` (two tabs collided).',
      ),
    },
  },
  {
    method: 'get',
    path: '/api/rooms/{id}/debrief',
    summary: "The room's path, the spread at each decision, the best alternatives and the competency scores.",
    tag: 'workshop',
    auth: 'facilitator',
    responses: { 200: { description: 'The room debrief.' }, ...facilitatorErrors },
  },
  {
    method: 'get',
    path: '/api/rooms/{id}/debrief.csv',
    summary: 'The room debrief as CSV (one row per decision).',
    tag: 'workshop',
    auth: 'facilitator',
    responses: { 200: { description: 'text/csv.' }, ...facilitatorErrors },
  },
  {
    method: 'post',
    path: '/api/join',
    summary: 'Joins a room by code, with an optional nickname; rate-limited per address.',
    tag: 'workshop',
    body: JoinBody,
    responses: {
      201: { description: '`{ roomId, code, nickname, participantToken }` and a participant cookie.' },
      ...bodyErrors,
      404: err('`room_not_found`: no open room has this code.'),
      429: err('`rate_limited`, with Retry-After.'),
    },
  },
  {
    method: 'get',
    path: '/api/rooms/{id}/me',
    summary: "A participant's view: the current lines, the options, the vote and their own vote.",
    tag: 'workshop',
    auth: 'participant',
    responses: { 200: { description: '`{ room }`.' }, 403: err('`not_a_participant`.') },
  },
  {
    method: 'post',
    path: '/api/rooms/{id}/votes',
    summary: 'Votes (or changes the vote) in the current round.',
    tag: 'workshop',
    auth: 'participant',
    body: VoteBody,
    responses: {
      200: { description: '`{ room }`.' },
      ...bodyErrors,
      403: err('`not_a_participant` or `bad_origin`.'),
      409: err('`vote_closed` or `choice_not_available`.'),
    },
  },
  {
    method: 'get',
    path: '/api/rooms/{id}/events',
    summary:
      'Server-Sent Events: a `room` event with the current view on connect (also after Last-Event-ID) and on every change; `gone` when deleted.',
    tag: 'workshop',
    responses: {
      200: { description: 'text/event-stream.' },
      401: err('`sign_in_required`.'),
      403: err('`not_your_room` or `not_a_participant`.'),
    },
  },
];
