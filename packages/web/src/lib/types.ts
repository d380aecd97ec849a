import type { DebriefReport, Feedback, Mode, View, ViewLine } from '@doorway/engine';
import type { InferResponseType } from 'hono/client';
import type { StatusCode } from 'hono/utils/http-status';
import type { api } from './api';

/**
 * The API's response shapes, inferred from its routes through the typed client (`AppType`), so a
 * change in the API's contract is a type error here. View, Feedback and DebriefReport come from the
 * engine as types only, so no engine code reaches the bundle.
 */

type Ok<Route, Status extends StatusCode = 200> = Route extends (...args: never[]) => unknown
  ? InferResponseType<Route, Status>
  : never;

/** `GET /api/scenarios`. */
export type ScenarioListResponse = Ok<typeof api.api.scenarios.$get>;
/** One entry of the catalog. */
export type ScenarioSummary = ScenarioListResponse['scenarios'][number];
export type CompetencyRef = ScenarioSummary['competencies'][number];
/** `GET /api/scenarios/:id`: the summary plus objectives, cast and pass threshold. */
export type ScenarioDetail = Ok<(typeof api.api.scenarios)[':id']['$get']>;
export type CastMember = ScenarioDetail['cast'][string];

/** `POST /api/runs` → 201. */
export type StartRunResponse = Ok<typeof api.api.runs.$post, 201>;
/** `GET /api/runs/:id`: everything needed to resume a run where it was. */
export type RunResponse = Ok<(typeof api.api.runs)[':id']['$get']>;
export type RunInfo = RunResponse['run'];
export type RunStatus = RunInfo['status'];
/** `POST /api/runs/:id/choices`. */
export type ChoiceResponse = Ok<(typeof api.api.runs)[':id']['choices']['$post']>;
/** `POST /api/runs/:id/rewind`. */
export type RewindResponse = Ok<(typeof api.api.runs)[':id']['rewind']['$post']>;
/** `POST /api/runs/:id/exit`. */
export type ExitResponse = Ok<(typeof api.api.runs)[':id']['exit']['$post']>;

/** `GET /api/sources`: seed guidance items with paraphrases, and reference keys with citations. */
export type SourcesResponse = Ok<typeof api.api.sources.$get>;
export type GuidanceItem = SourcesResponse['guidance'][number];
export type Reference = SourcesResponse['references'][number];

export type { DebriefReport, Feedback, Mode, View, ViewLine };
