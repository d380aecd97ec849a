import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** What every error code means over HTTP: its status and the words a client shows when nothing more specific is known. */
export interface ErrorSpec {
  status: ContentfulStatusCode;
  message: string;
}

/**
 * The codes the engine's refusals of a step are sent as (engine-error-codes.ts maps each engine code, by
 * the engine's own union, to one of these), in the API's words.
 */
const stepRefusals = {
  run_ended: { status: 409, message: 'This run has ended. Open its debrief, or start a new run.' },
  stale_beat: {
    status: 409,
    message:
      'The conversation has moved on since this choice was shown. Use the current view and choose again.',
  },
  choice_not_available: {
    status: 409,
    message: 'That choice is not offered at this point. Pick one of the choices in the current view.',
  },
  rewind_not_allowed: {
    status: 409,
    message:
      'Rewind is not available here: coach mode any time, practice mode after the end, never in assessment.',
  },
  invalid_rewind: {
    status: 409,
    message: 'There is no such decision to go back to. Use a number between 0 and the decisions made so far.',
  },
} as const satisfies Record<string, ErrorSpec>;

/**
 * Every error code the API sends, closed: `{ "error": { "code", "message" } }` bodies carry one of these,
 * the OpenAPI document lists them, and the web app's typed client knows them. Add a code here (with its
 * status and default message) before raising it; a raise site may give a more specific message.
 *
 * @example
 * errorCodes.run_not_found.status // 404
 */
export const errorCodes = {
  ...stepRefusals,

  // Any route: the request itself.
  bad_request: {
    status: 400,
    message: 'The request could not be processed. Check the method, the path and the body.',
  },
  malformed_json: { status: 400, message: 'The request body is not valid JSON. Send a JSON object.' },
  invalid_body: {
    status: 400,
    message: 'The request body is not valid. Check the fields against the API reference at /api/docs.',
  },
  not_found: { status: 404, message: 'Nothing here. See /api/docs for the routes.' },
  method_not_allowed: {
    status: 405,
    message: 'This method is not allowed here. The Allow header lists the ones that are.',
  },
  payload_too_large: {
    status: 413,
    message: 'The request body is too large. Send a smaller JSON body.',
  },
  unsupported_media_type: {
    status: 415,
    message: 'Send the body as JSON with Content-Type: application/json.',
  },
  rate_limited: {
    status: 429,
    message:
      'Too many requests from this address. Wait as long as the Retry-After header says and try again.',
  },
  headers_too_large: {
    status: 431,
    message: 'The request headers are too large. Send fewer or smaller headers.',
  },
  internal_error: {
    status: 500,
    message: 'Something went wrong on the server. Try again shortly.',
  },
  service_unavailable: {
    status: 503,
    message:
      'The server is busy or cannot reach its database just now. Wait as long as the Retry-After header says and try again.',
  },
  bad_origin: {
    status: 403,
    message: 'This request came from another site. Use Doorway from its own address.',
  },

  // Catalog and runs.
  scenario_not_found: { status: 404, message: 'No such scenario here. See GET /api/scenarios.' },
  unknown_language: {
    status: 400,
    message: 'Doorway shows content in en (English) or es (Spanish): use lang=en or lang=es.',
  },
  language_not_available: {
    status: 400,
    message:
      'This scenario is not translated into that language. Start it in English (lang: en) or in a language listed under "languages" in GET /api/scenarios.',
  },
  run_not_found: {
    status: 404,
    message:
      'No run with this id is visible to you. Runs open only with their token (the run cookie or Authorization: Bearer); start a new run if it is lost.',
  },
  run_not_ended: {
    status: 409,
    message:
      'The debrief opens when the run ends. Finish the conversation, or end it early with POST /api/runs/:id/exit.',
  },
  request_id_reused: {
    status: 409,
    message:
      'This requestId was already used for a different choice. Send a new requestId for each new choice.',
  },

  // Facilitator accounts.
  setup_done: {
    status: 409,
    message: 'Doorway already has a facilitator account. Sign in, or ask a facilitator to add you.',
  },
  email_taken: { status: 409, message: 'An account for this e-mail already exists. Sign in instead.' },
  weak_password: {
    status: 400,
    message: 'Choose a longer password (a few words work well).',
  },
  invalid_email: { status: 400, message: 'That is not an e-mail address. Check it and try again.' },
  bad_credentials: {
    status: 401,
    message: 'That e-mail and password do not match an account. Check them and try again.',
  },
  sign_in_required: { status: 401, message: 'Sign in as a facilitator to do this.' },

  // Workshop rooms.
  room_not_found: { status: 404, message: 'No such room. Check the link, or open a new room.' },
  not_your_room: { status: 403, message: 'Only the facilitator who opened this room can run it.' },
  not_a_participant: { status: 403, message: 'Join this room with its code first.' },
  illegal_command: {
    status: 409,
    message: 'The room cannot do that now. Look at its current phase and choose another control.',
  },
  skip_not_allowed: { status: 409, message: 'Only a beat marked with a content note can be skipped.' },
  nothing_to_skip: { status: 409, message: 'This beat has no choice to move on with.' },
  room_changed: {
    status: 409,
    message: 'The room changed while this command was sent. Look at the current state and try again.',
  },
  vote_closed: {
    status: 409,
    message: 'Voting is not open right now. Wait for the facilitator to open the vote.',
  },

  // Organisations and courses.
  organisation_not_found: {
    status: 404,
    message: 'No such organisation, or you are not a member of it. Check the link or ask an admin.',
  },
  role_required: {
    status: 403,
    message: 'Your role in this organisation does not allow this. Ask an admin for the role you need.',
  },
  member_not_found: { status: 404, message: 'No such person in this organisation.' },
  cannot_remove_own_admin: {
    status: 409,
    message: 'You cannot take away your own admin role. Ask another admin to do it.',
  },
  course_not_found: { status: 404, message: 'No such course in this organisation.' },
  lrs_secret_required: {
    status: 400,
    message: 'This organisation has no LRS yet: send its secret with the endpoint and key.',
  },
  cohort_not_found: { status: 404, message: 'No such cohort in this organisation.' },
  not_enrolled: {
    status: 404,
    message:
      'You are not enrolled in this course. Use the join link your manager gave you, or ask them to enrol you.',
  },
  step_not_found: {
    status: 404,
    message: 'No such step in this course. Open the course again to see its steps.',
  },
  step_not_playable: {
    status: 409,
    message: 'This step is a workshop session: the facilitator marks it done. Start a scenario step instead.',
  },
  step_not_workshop: {
    status: 409,
    message:
      'Only a workshop step is marked done by hand; scenario steps complete when the trainee finishes a run.',
  },
  attempt_not_found: {
    status: 404,
    message: 'No such attempt of yours in this course. Open My courses to see them.',
  },
  trainee_not_found: {
    status: 404,
    message: "No such trainee in this cohort. Check the cohort's list of trainees.",
  },
  record_not_found: {
    status: 404,
    message: 'There is no completion record yet: it is written when every step of the course is completed.',
  },
  step_has_progress: {
    status: 409,
    message:
      'Trainees have attempts or marks on a step this edit removes. Send confirm=true to remove it with those attempts and marks (completion records are kept), or keep the step.',
  },
  step_kind_changed: {
    status: 409,
    message:
      'A step cannot change between a scenario and a workshop session. Remove the step and add a new one instead.',
  },
  step_scenario_changed: {
    status: 409,
    message:
      'A step keeps its scenario (its attempts were made on it). To use another scenario, remove the step and add a new one.',
  },
  course_not_packageable: {
    status: 409,
    message:
      'This course has no scenario step, so there is nothing to package for an LMS (workshop sessions cannot play there). Add a scenario step first.',
  },
  lms_player_not_built: {
    // Not a 5xx: the server works; only this route waits for a build step (the fuzzers hold every route to < 500).
    status: 409,
    message:
      'The LMS player is not built on this server, so no package can be made. Run `pnpm --filter @doorway/web build` (or `pnpm --filter @doorway/web build:lms`) and try again.',
  },
  course_has_progress: {
    status: 409,
    message:
      'Trainees have made progress on this course. Send confirm=true to delete it; completion records are kept unless you also send keepRecords=false.',
  },

  // Authoring: drafts and publishing.
  draft_not_found: {
    status: 404,
    message: 'No such draft in this organisation. See GET /api/orgs/:orgId/drafts.',
  },
  draft_changed: {
    status: 409,
    message:
      'This draft was saved again since you opened it (another tab or author). Reload it, bring your changes across, and save on top of the current revision.',
  },
  draft_has_errors: {
    status: 422,
    message:
      'This draft has errors, so it cannot be published. Fix every error in `problems` and publish again.',
  },
  version_not_newer: {
    status: 409,
    message:
      'A version of this scenario at least as new is already served. Raise `version:` and publish again.',
  },

  // Invites, join links, sign-in links and personal data (courses-people).
  invite_not_found: {
    status: 404,
    message: 'This invite link is not known. Check that the whole link was copied, or ask for a new one.',
  },
  invite_expired: {
    status: 410,
    message: 'This invite link has expired. Ask the person who sent it for a new one.',
  },
  invite_revoked: {
    status: 410,
    message: 'This invite link was withdrawn. Ask the person who sent it for a new one.',
  },
  invite_used_up: {
    status: 410,
    message: 'This invite link has been used as many times as allowed. Ask for a new one.',
  },
  invite_email_mismatch: {
    status: 403,
    message:
      'This invite is for another e-mail address. Use the address it was sent to, or ask for a new invite.',
  },
  mail_not_configured: {
    status: 409,
    message:
      'This server does not send e-mail (no SMTP settings): copy the invite link and send it yourself, or ask the server admin to set SMTP_URL and SMTP_FROM.',
  },
  invite_has_no_email: {
    status: 409,
    message:
      'This invite is not tied to an e-mail address, so it cannot be mailed: make an invite with an address.',
  },
  sign_in_link_not_found: {
    status: 404,
    message: 'This sign-in link is not known. Check that the whole link was copied, or ask for a new one.',
  },
  sign_in_link_expired: {
    status: 410,
    message: 'This sign-in link has expired. Ask your manager for a new one.',
  },
  sign_in_link_used: {
    status: 410,
    message: 'This sign-in link was already used (each works once). Ask your manager for a new one.',
  },
  sign_in_link_not_allowed: {
    status: 403,
    message:
      'A sign-in link cannot be made for this person here. Ask an admin, or have them sign in with their password.',
  },
  confirmation_required: {
    status: 409,
    message: 'This deletes data for good. Send confirm=true (or erase=true) to go ahead.',
  },
  last_admin: {
    status: 409,
    message: 'You are the only admin of an organisation. Make someone else admin first.',
  },
  cannot_erase_self: {
    status: 409,
    message: 'To delete your own account, use DELETE /api/me?confirm=true (Your data page).',
  },
} as const satisfies Record<string, ErrorSpec>;

/** One of the API's error codes. */
export type ErrorCode = keyof typeof errorCodes;

/** Every code, for the OpenAPI document's enum. */
export const ERROR_CODES = Object.keys(errorCodes) as [ErrorCode, ...ErrorCode[]];
