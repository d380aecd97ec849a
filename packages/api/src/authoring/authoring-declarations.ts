import { declareRoute } from '../openapi/declare-route';
import { ErrorResponse } from '../schemas/error';
import { CreateRunResponse } from '../schemas/runs';
import {
  DraftLintResponse,
  DraftResponse,
  DraftsResponse,
  LintResponse,
  PublicationResponse,
  PublicationsResponse,
  RevisionsResponse,
} from './authoring-responses';
import { CreateDraftBody, LintBody, PreviewBody, PublishDraftBody, SaveDraftBody } from './authoring-schemas';

const err = (description: string) => ({ description, schema: ErrorResponse });
const authorErrors = {
  401: err('`sign_in_required`: sign in.'),
  403: err('`role_required` (author or admin needed) or `bad_origin`.'),
  404: err('`organisation_not_found` or `draft_not_found`.'),
};
const lintAnswer =
  "`{ problems: [LocatedProblem], errors, warnings, analysis }`: every problem with line:col, field (`path`), message and fix; `analysis` is the engine's (endings with shortest paths, score bounds, path count, test-wise figures), null when the text does not load.";

/** Drafts, lint and publishing for authors (see docs/authoring.md). */
export const getOrgsDrafts = declareRoute({
  method: 'get',
  path: '/api/orgs/:orgId/drafts',
  summary: "The organisation's scenario drafts, most recently changed first (author or admin).",
  tag: 'authoring',
  auth: 'facilitator',
  responses: {
    200: {
      description: '`{ drafts: [{ id, scenarioId, title, revision, createdAt, updatedAt, updatedBy }] }`.',
      schema: DraftsResponse,
    },
    ...authorErrors,
  },
});

export const postOrgsDrafts = declareRoute({
  method: 'post',
  path: '/api/orgs/:orgId/drafts',
  summary: 'Starts a draft from the commented template, from a served scenario, or from uploaded YAML.',
  tag: 'authoring',
  auth: 'facilitator',
  body: CreateDraftBody,
  responses: {
    201: {
      description: '`{ draft: { id, scenarioId, title, yaml, revision: 1, … } }`.',
      schema: DraftResponse,
    },
    400: err('`invalid_body` or `malformed_json`.'),
    ...authorErrors,
    413: err('`payload_too_large`: a scenario text must be under 400 KB.'),
  },
});

export const getOrgsDraftsOne = declareRoute({
  method: 'get',
  path: '/api/orgs/:orgId/drafts/:draftId',
  summary: 'One draft with its YAML text and current revision.',
  tag: 'authoring',
  auth: 'facilitator',
  responses: { 200: { description: '`{ draft }`.', schema: DraftResponse }, ...authorErrors },
});

export const getOrgsDraftsRevisions = declareRoute({
  method: 'get',
  path: '/api/orgs/:orgId/drafts/:draftId/revisions',
  summary: "The draft's history: every saved revision, newest first, with who saved it and when.",
  tag: 'authoring',
  auth: 'facilitator',
  responses: {
    200: {
      description: '`{ revisions: [{ revision, savedAt, savedBy: { id, name } }] }`.',
      schema: RevisionsResponse,
    },
    ...authorErrors,
  },
});

export const postOrgsDraftsRevisions = declareRoute({
  method: 'post',
  path: '/api/orgs/:orgId/drafts/:draftId/revisions',
  summary: 'Saves a new text on top of `baseRevision`; a save on a stale revision changes nothing.',
  tag: 'authoring',
  auth: 'facilitator',
  body: SaveDraftBody,
  responses: {
    201: { description: '`{ draft }` at the next revision.', schema: DraftResponse },
    400: err('`invalid_body` or `malformed_json`.'),
    ...authorErrors,
    409: err('`draft_changed`: someone saved since `baseRevision` (`revision` is the current one).'),
    413: err('`payload_too_large`.'),
  },
});

export const getOrgsDraftsYaml = declareRoute({
  method: 'get',
  path: '/api/orgs/:orgId/drafts/:draftId/yaml',
  summary: 'Downloads the draft (or `?revision=N`) as a YAML file.',
  tag: 'authoring',
  auth: 'facilitator',
  responses: {
    200: { description: 'The YAML text, as an attachment.', mediaType: 'application/yaml' },
    ...authorErrors,
  },
});

export const postOrgsDraftsLint = declareRoute({
  method: 'post',
  path: '/api/orgs/:orgId/drafts/:draftId/lint',
  summary: 'Lints the saved draft with the loader and analysis `pnpm doorway lint` uses.',
  tag: 'authoring',
  auth: 'facilitator',
  responses: {
    200: { description: `${lintAnswer} Also \`revision\`.`, schema: DraftLintResponse },
    ...authorErrors,
  },
});

export const postOrgsLint = declareRoute({
  method: 'post',
  path: '/api/orgs/:orgId/lint',
  summary: 'Lints any scenario text without storing it.',
  tag: 'authoring',
  auth: 'facilitator',
  body: LintBody,
  responses: {
    200: { description: lintAnswer, schema: LintResponse },
    400: err('`invalid_body` or `malformed_json`.'),
    ...authorErrors,
  },
});

export const postOrgsDraftsPublish = declareRoute({
  method: 'post',
  path: '/api/orgs/:orgId/drafts/:draftId/publish',
  summary:
    'Publishes a saved revision that lints clean as a new scenario version, served at once without a restart.',
  tag: 'authoring',
  auth: 'facilitator',
  body: PublishDraftBody,
  responses: {
    201: {
      description:
        '`{ publication: { scenarioId, version, contentHash, draftId, draftRevision, publishedAt, publishedBy } }`.',
      schema: PublicationResponse,
    },
    400: err('`invalid_body` or `malformed_json`.'),
    ...authorErrors,
    409: err('`draft_changed` (publish the current revision) or `version_not_newer` (raise `version:`).'),
    422: err('`draft_has_errors`: `problems` lists every error; the version served before stays live.'),
  },
});

export const postOrgsDraftsPreview = declareRoute({
  method: 'post',
  path: '/api/orgs/:orgId/drafts/:draftId/preview',
  summary:
    'Starts a coach-mode run of a text (saved or not) from a chosen beat with chosen meter and flag values, for the real player.',
  tag: 'authoring',
  auth: 'facilitator',
  body: PreviewBody,
  responses: {
    201: {
      description: '`{ run, view, runToken }` and the run cookie, as POST /api/runs; open `/runs/{id}`.',
      schema: CreateRunResponse,
    },
    400: err('`invalid_body`: an unknown beat, meter or flag, or a malformed body.'),
    ...authorErrors,
    422: err('`draft_has_errors`: the text does not load (`problems`).'),
  },
});

export const getOrgsPublications = declareRoute({
  method: 'get',
  path: '/api/orgs/:orgId/publications',
  summary: 'The publish log: which versions were published, by whom and when, newest first.',
  tag: 'authoring',
  auth: 'facilitator',
  responses: {
    200: { description: '`{ publications: [Publication] }`.', schema: PublicationsResponse },
    ...authorErrors,
  },
});
