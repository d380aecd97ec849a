import { z } from 'zod';
import { Credentials, SetupBody } from '../auth/auth-schemas';
import { declareRoute } from '../openapi/declare-route';
import { ErrorResponse } from '../schemas/error';
import { RoomDebriefSchema, RoomSummarySchema, RoomViewSchema } from './room-schemas';
import { CommandBody, CreateRoomBody, JoinBody, ParticipantSettingsBody, VoteBody } from './workshop-schemas';

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

const AccountUser = z
  .object({ id: z.string(), email: z.string(), name: z.string() })
  .meta({ id: 'AccountUser' });
const AuthStatusResponse = z
  .object({ setupNeeded: z.boolean(), user: AccountUser.nullable() })
  .meta({ id: 'AuthStatusResponse' });
const UserResponse = z.object({ user: AccountUser }).meta({ id: 'UserResponse' });
const RoomResponse = z.object({ room: RoomViewSchema }).meta({ id: 'RoomResponse' });
const RoomWithJoinResponse = z
  .object({ room: RoomViewSchema, joinUrl: z.string(), qrSvg: z.string() })
  .meta({ id: 'RoomWithJoinResponse' });
const JoinResponse = z
  .object({
    roomId: z.string(),
    code: z.string(),
    nickname: z.string(),
    lang: z.string().describe('The language this phone shows the scenario in.'),
    participantToken: z.string(),
  })
  .meta({ id: 'JoinResponse' });

export const getAuthStatus = declareRoute({
  method: 'get',
  path: '/api/auth/status',
  summary: 'Whether first-run set-up is needed, and the signed-in facilitator if any.',
  tag: 'accounts',
  responses: { 200: { description: '`{ setupNeeded, user }`.', schema: AuthStatusResponse } },
});

export const setUpAccount = declareRoute({
  method: 'post',
  path: '/api/auth/setup',
  summary: 'Creates the first facilitator account (only while none exists) and signs it in.',
  tag: 'accounts',
  body: SetupBody,
  responses: {
    201: { description: '`{ user }` and the session cookie.', schema: UserResponse },
    ...bodyErrors,
    409: err('`setup_done`: an account exists; sign in instead.'),
  },
});

export const logIn = declareRoute({
  method: 'post',
  path: '/api/auth/login',
  summary: 'Signs a facilitator in (a new session token each time); rate-limited per address.',
  tag: 'accounts',
  body: Credentials,
  responses: {
    200: { description: '`{ user }` and the session cookie.', schema: UserResponse },
    ...bodyErrors,
    401: err('`bad_credentials`.'),
    429: err('`rate_limited`, with Retry-After.'),
  },
});

export const logOut = declareRoute({
  method: 'post',
  path: '/api/auth/logout',
  summary: 'Ends the session on the server and clears the cookie.',
  tag: 'accounts',
  responses: {
    200: { description: '`{ signedOut: true }`.', schema: z.object({ signedOut: z.literal(true) }) },
  },
});

export const listRooms = declareRoute({
  method: 'get',
  path: '/api/rooms',
  summary: "The signed-in facilitator's rooms.",
  tag: 'workshop',
  auth: 'facilitator',
  responses: {
    200: { description: '`{ rooms }`.', schema: z.object({ rooms: z.array(RoomSummarySchema) }) },
    401: facilitatorErrors[401],
  },
});

export const createRoom = declareRoute({
  method: 'post',
  path: '/api/rooms',
  summary:
    'Opens a room on a scenario in a language (default en): a six-character join code, a join link and a QR code (SVG).',
  tag: 'workshop',
  auth: 'facilitator',
  body: CreateRoomBody,
  responses: {
    201: { description: '`{ room, joinUrl, qrSvg }`.', schema: RoomWithJoinResponse },
    ...bodyErrors,
    400: err(
      '`invalid_body`, `malformed_json`, or `language_not_available` (the scenario has no table for `lang`).',
    ),
    ...facilitatorErrors,
  },
});

export const getRoom = declareRoute({
  method: 'get',
  path: '/api/rooms/:id',
  summary: 'The presenter view of a room, with its join link and QR code.',
  tag: 'workshop',
  auth: 'facilitator',
  responses: {
    200: { description: '`{ room, joinUrl, qrSvg }`.', schema: RoomWithJoinResponse },
    ...facilitatorErrors,
  },
});

export const deleteRoom = declareRoute({
  method: 'delete',
  path: '/api/rooms/:id',
  summary: 'Deletes a room with its participants, votes and decisions.',
  tag: 'workshop',
  auth: 'facilitator',
  responses: {
    200: { description: '`{ deleted: true }`.', schema: z.object({ deleted: z.literal(true) }) },
    ...facilitatorErrors,
  },
});

export const commandRoom = declareRoute({
  method: 'post',
  path: '/api/rooms/:id/commands',
  summary:
    'start, open-vote, close-vote, reveal, show-feedback, revote, commit (with choiceId), skip, pause, resume, end.',
  tag: 'workshop',
  auth: 'facilitator',
  body: CommandBody,
  responses: {
    200: { description: '`{ room }`: the presenter view after the command.', schema: RoomResponse },
    ...bodyErrors,
    ...facilitatorErrors,
    409: err(
      '`illegal_command` (with `phase`), `skip_not_allowed`, `choice_not_available`, or `room_changed` (two tabs collided).',
    ),
  },
});

export const getRoomDebrief = declareRoute({
  method: 'get',
  path: '/api/rooms/:id/debrief',
  summary: "The room's path, the spread at each decision, the best alternatives and the competency scores.",
  tag: 'workshop',
  auth: 'facilitator',
  responses: { 200: { description: 'The room debrief.', schema: RoomDebriefSchema }, ...facilitatorErrors },
});

export const getRoomDebriefCsv = declareRoute({
  method: 'get',
  path: '/api/rooms/:id/debrief.csv',
  summary: 'The room debrief as CSV (one row per decision).',
  tag: 'workshop',
  auth: 'facilitator',
  responses: { 200: { description: 'text/csv.', mediaType: 'text/csv' }, ...facilitatorErrors },
});

export const joinRoom = declareRoute({
  method: 'post',
  path: '/api/join',
  summary:
    "Joins a room by code, with an optional nickname and the phone's language; rate-limited per address.",
  tag: 'workshop',
  body: JoinBody,
  responses: {
    201: {
      description: '`{ roomId, code, nickname, lang, participantToken }` and a participant cookie.',
      schema: JoinResponse,
    },
    ...bodyErrors,
    404: err('`room_not_found`: no open room has this code.'),
    429: err('`rate_limited`, with Retry-After.'),
  },
});

export const getMyRoom = declareRoute({
  method: 'get',
  path: '/api/rooms/:id/me',
  summary: "A participant's view: the current lines, the options, the vote and their own vote.",
  tag: 'workshop',
  auth: 'participant',
  responses: {
    200: { description: '`{ room }`.', schema: RoomResponse },
    403: err('`not_a_participant`.'),
  },
});

export const setMyRoomLanguage = declareRoute({
  method: 'patch',
  path: '/api/rooms/:id/me',
  summary:
    "Changes the language this phone shows the scenario in; answers with the phone's view in it (its open event stream follows).",
  tag: 'workshop',
  auth: 'participant',
  body: ParticipantSettingsBody,
  responses: {
    200: { description: '`{ room }` in the new language.', schema: RoomResponse },
    ...bodyErrors,
    400: err(
      '`invalid_body`, `malformed_json`, or `language_not_available` (the scenario has no table for `lang`).',
    ),
    403: err('`not_a_participant` or `bad_origin`.'),
    404: err('`room_not_found`.'),
  },
});

export const voteInRoom = declareRoute({
  method: 'post',
  path: '/api/rooms/:id/votes',
  summary: 'Votes (or changes the vote) in the current round.',
  tag: 'workshop',
  auth: 'participant',
  body: VoteBody,
  responses: {
    200: { description: '`{ room }`.', schema: RoomResponse },
    ...bodyErrors,
    403: err('`not_a_participant` or `bad_origin`.'),
    409: err('`vote_closed` or `choice_not_available`.'),
  },
});

/** The SSE stream: a plain Hono handler (`streamSSE`); this declaration documents it. */
export const roomEvents = declareRoute({
  method: 'get',
  path: '/api/rooms/:id/events',
  summary:
    'Server-Sent Events: a `room` event with the current view on connect (also after Last-Event-ID) and on every change; `gone` when deleted.',
  tag: 'workshop',
  responses: {
    200: { description: 'text/event-stream.', mediaType: 'text/event-stream' },
    401: err('`sign_in_required`.'),
    403: err('`not_your_room` or `not_a_participant`.'),
  },
});
