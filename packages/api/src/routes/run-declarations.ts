import { ApiError } from '../errors/api-error';
import { declareRoute } from '../openapi/declare-route';
import { ErrorResponse } from '../schemas/error';
import {
  ChoiceBody,
  ChoiceResponse,
  CreateRunBody,
  CreateRunResponse,
  DebriefResponse,
  ExitResponse,
  RewindBody,
  RewindResponse,
  RunIdParams,
  RunResponse,
} from '../schemas/runs';

/** 404 `run_not_found`: no such run, or no valid token for it (the two are not told apart). */
export const runNotFound = () => new ApiError('run_not_found');

const err = (description: string) => ({ description, schema: ErrorResponse });
const runErrors = {
  404: err('`run_not_found`: no such run, or no valid token for it.'),
};
const writeErrors = {
  ...runErrors,
  400: err('`invalid_body` or `malformed_json`.'),
  403: err('`bad_origin`: a cookie-authenticated write from another origin.'),
  413: err('`payload_too_large`.'),
  415: err('`unsupported_media_type`: send JSON.'),
};
const runId = { schema: RunIdParams, invalid: runNotFound };

export const createRun = declareRoute({
  method: 'post',
  path: '/api/runs',
  summary:
    'Start a run. Sets the HttpOnly cookie `doorway_run_<id>`; also returns `runToken` for Bearer use.',
  tag: 'runs',
  body: CreateRunBody,
  responses: {
    201: { description: 'The run, its first view and its token.', schema: CreateRunResponse },
    400: err('`invalid_body` or `malformed_json`.'),
    404: err('`scenario_not_found`.'),
    429: err('`rate_limited`: see the Retry-After header.'),
  },
});

export const getRun = declareRoute({
  method: 'get',
  path: '/api/runs/:id',
  summary: 'Resume a run: its view, transcript, decision count and (coach mode) the last feedback.',
  tag: 'runs',
  auth: 'run',
  params: runId,
  responses: { 200: { description: 'The run now.', schema: RunResponse }, ...runErrors },
});

export const makeChoice = declareRoute({
  method: 'post',
  path: '/api/runs/:id/choices',
  summary: 'Make a choice. Idempotent by `requestId`: a retry returns the first answer and writes nothing.',
  tag: 'runs',
  auth: 'run',
  params: runId,
  body: ChoiceBody,
  responses: {
    200: {
      description: 'The new view, the logged step and (coach mode) feedback.',
      schema: ChoiceResponse,
    },
    ...writeErrors,
    409: err(
      '`choice_not_available`, `stale_beat`, `run_ended` (with the current `view`), or `request_id_reused`.',
    ),
  },
});

export const rewindRun = declareRoute({
  method: 'post',
  path: '/api/runs/:id/rewind',
  summary: 'Go back to an earlier decision (coach mode any time; practice mode after the end). Adds a step.',
  tag: 'runs',
  auth: 'run',
  params: runId,
  body: RewindBody,
  responses: {
    200: { description: 'The view after the rewind and the logged step.', schema: RewindResponse },
    ...writeErrors,
    409: err('`rewind_not_allowed` or `invalid_rewind`, with the current `view`.'),
  },
});

export const exitRun = declareRoute({
  method: 'post',
  path: '/api/runs/:id/exit',
  summary: 'End the run early ("End here"); the debrief is then available.',
  tag: 'runs',
  auth: 'run',
  params: runId,
  responses: {
    200: { description: 'The exited run.', schema: ExitResponse },
    ...runErrors,
    403: err('`bad_origin`.'),
    409: err('`run_ended`: the run already ended.'),
  },
});

export const getDebrief = declareRoute({
  method: 'get',
  path: '/api/runs/:id/debrief',
  summary: "The engine's debrief report (any time in coach mode; after the end otherwise).",
  tag: 'runs',
  auth: 'run',
  params: runId,
  responses: {
    200: { description: "The debrief, in the run's language.", schema: DebriefResponse },
    ...runErrors,
    409: err('`run_not_ended`, with the current `view`.'),
  },
});
