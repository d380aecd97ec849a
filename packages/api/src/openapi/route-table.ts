import { DebriefReportSchema } from '@doorway/engine';
import type { z } from 'zod';
import {
  HealthResponse,
  RubricResponse,
  ScenarioDetailSchema,
  ScenarioListResponse,
  SourcesResponse,
} from '../schemas/catalog';
import { ErrorResponse } from '../schemas/error';
import {
  ChoiceBody,
  ChoiceResponse,
  CreateRunBody,
  CreateRunResponse,
  ExitResponse,
  RewindBody,
  RewindResponse,
  RunResponse,
} from '../schemas/runs';
import { authoringRouteTable } from './authoring-route-table';
import { courseProgressRouteTable } from './course-progress-route-table';
import { lrsRouteTable } from './lrs-route-table';
import { orgRouteTable } from './org-route-table';
import { peopleRouteTable } from './people-route-table';
import { workshopRouteTable } from './workshop-route-table';

/** One documented route: what it takes and what it answers, by status. */
export interface DocumentedRoute {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** OpenAPI-style path, `{id}` for parameters. */
  path: string;
  summary: string;
  tag: 'service' | 'catalog' | 'runs' | 'accounts' | 'workshop' | 'organisations' | 'authoring';
  /** Workshop routes: who may call it (the session cookie, or a participant's token). */
  auth?: 'facilitator' | 'participant';
  /** Whether the run token is required (cookie or Bearer). */
  runAuth?: boolean;
  body?: z.ZodType;
  responses: Record<number, { description: string; schema?: z.ZodType }>;
}

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

/** Every public route. The OpenAPI document is generated from this list; a test checks it matches the app. */
export const routeTable: DocumentedRoute[] = [
  {
    method: 'get',
    path: '/api/health',
    summary: 'Liveness: version, time, storage dialect, scenario count.',
    tag: 'service',
    responses: { 200: { description: 'The service is up.', schema: HealthResponse } },
  },
  {
    method: 'get',
    path: '/api/scenarios',
    summary: 'The catalog: the latest version of every scenario.',
    tag: 'catalog',
    responses: { 200: { description: 'Scenarios.', schema: ScenarioListResponse } },
  },
  {
    method: 'get',
    path: '/api/scenarios/{id}',
    summary: 'One scenario with objectives, cast, pass threshold and modes.',
    tag: 'catalog',
    responses: {
      200: { description: 'The scenario.', schema: ScenarioDetailSchema },
      404: err('`scenario_not_found`.'),
    },
  },
  {
    method: 'get',
    path: '/api/rubric',
    summary: 'The shared competency rubric.',
    tag: 'catalog',
    responses: { 200: { description: 'Competencies.', schema: RubricResponse } },
  },
  {
    method: 'get',
    path: '/api/sources',
    summary:
      'Seed guidance ids and published references that choices cite. `?lang=es` gives guidance texts and headings in Spanish where translated (each item says its `lang`).',
    tag: 'catalog',
    responses: {
      200: { description: 'Sources.', schema: SourcesResponse },
      400: err('`bad_request`: `lang` is not `en` or `es`.'),
    },
  },
  {
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
  },
  {
    method: 'get',
    path: '/api/runs/{id}',
    summary: 'Resume a run: its view, transcript, decision count and (coach mode) the last feedback.',
    tag: 'runs',
    runAuth: true,
    responses: { 200: { description: 'The run now.', schema: RunResponse }, ...runErrors },
  },
  {
    method: 'post',
    path: '/api/runs/{id}/choices',
    summary: 'Make a choice. Idempotent by `requestId`: a retry returns the first answer and writes nothing.',
    tag: 'runs',
    runAuth: true,
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
  },
  {
    method: 'post',
    path: '/api/runs/{id}/rewind',
    summary:
      'Go back to an earlier decision (coach mode any time; practice mode after the end). Adds a step.',
    tag: 'runs',
    runAuth: true,
    body: RewindBody,
    responses: {
      200: { description: 'The view after the rewind and the logged step.', schema: RewindResponse },
      ...writeErrors,
      409: err('`rewind_not_allowed` or `invalid_rewind`, with the current `view`.'),
    },
  },
  {
    method: 'post',
    path: '/api/runs/{id}/exit',
    summary: 'End the run early ("End here"); the debrief is then available.',
    tag: 'runs',
    runAuth: true,
    responses: {
      200: { description: 'The exited run.', schema: ExitResponse },
      ...runErrors,
      403: err('`bad_origin`.'),
      409: err('`run_ended`: the run already ended.'),
    },
  },
  {
    method: 'get',
    path: '/api/runs/{id}/debrief',
    summary: "The engine's debrief report (any time in coach mode; after the end otherwise).",
    tag: 'runs',
    runAuth: true,
    responses: {
      200: { description: 'The debrief.', schema: DebriefReportSchema },
      ...runErrors,
      409: err('`run_not_ended`, with the current `view`.'),
    },
  },
  ...workshopRouteTable,
  ...orgRouteTable,
  ...peopleRouteTable,
  ...lrsRouteTable,
  ...authoringRouteTable,
  ...courseProgressRouteTable,
];
