import type { RouteResponse } from '@doorway/api/client';
import type { DebriefReport, Feedback, Mode, View, ViewLine } from '@doorway/engine';

/**
 * The API's response shapes, read from the route declarations through the typed client, so a change
 * in the API's contract is a type error here. View, Feedback and DebriefReport come from the engine
 * as types only, so no engine code reaches the bundle.
 */

/** `GET /api/scenarios`. */
export type ScenarioListResponse = RouteResponse<'get', '/api/scenarios'>;
/** One entry of the catalog. */
export type ScenarioSummary = ScenarioListResponse['scenarios'][number];
export type CompetencyRef = ScenarioSummary['competencies'][number];
/** `GET /api/scenarios/:id`: the summary plus objectives, cast and pass threshold. */
export type ScenarioDetail = RouteResponse<'get', '/api/scenarios/:id'>;
export type CastMember = ScenarioDetail['cast'][string];

/** `POST /api/runs` → 201. */
export type StartRunResponse = RouteResponse<'post', '/api/runs'>;
/** `GET /api/runs/:id`: everything needed to resume a run where it was. */
export type RunResponse = RouteResponse<'get', '/api/runs/:id'>;
export type RunInfo = RunResponse['run'];
export type RunStatus = RunInfo['status'];
/** `POST /api/runs/:id/choices`. */
export type ChoiceResponse = RouteResponse<'post', '/api/runs/:id/choices'>;
/** `POST /api/runs/:id/rewind`. */
export type RewindResponse = RouteResponse<'post', '/api/runs/:id/rewind'>;
/** `POST /api/runs/:id/exit`. */
export type ExitResponse = RouteResponse<'post', '/api/runs/:id/exit'>;

/** `GET /api/sources`: seed guidance items with paraphrases, and reference keys with citations. */
export type SourcesResponse = RouteResponse<'get', '/api/sources'>;
export type GuidanceItem = SourcesResponse['guidance'][number];
export type Reference = SourcesResponse['references'][number];

export type { DebriefReport, Feedback, Mode, View, ViewLine };
