import { ApiError } from '../errors/api-error';
import { declareRoute } from '../openapi/declare-route';
import {
  HealthResponse,
  RubricResponse,
  ScenarioDetailSchema,
  ScenarioIdParams,
  ScenarioListResponse,
  SourcesResponse,
} from '../schemas/catalog';
import { ErrorResponse } from '../schemas/error';

/** 404 `scenario_not_found`, naming the id when there is one. */
export const scenarioNotFound = (id?: string) =>
  new ApiError('scenario_not_found', {
    message: `No scenario${id ? ` "${id}"` : ''} here. See GET /api/scenarios.`,
  });

export const getHealth = declareRoute({
  method: 'get',
  path: '/api/health',
  summary: 'Liveness: version, time, storage dialect, scenario count.',
  tag: 'service',
  responses: { 200: { description: 'The service is up.', schema: HealthResponse } },
});

export const listScenarios = declareRoute({
  method: 'get',
  path: '/api/scenarios',
  summary: 'The catalog: the latest version of every scenario, with the languages each is translated into.',
  tag: 'catalog',
  query: [
    { name: 'lang', description: '`en` (the default) or `es`: titles and summaries in that language.' },
  ],
  responses: { 200: { description: 'Scenarios.', schema: ScenarioListResponse } },
});

export const getScenario = declareRoute({
  method: 'get',
  path: '/api/scenarios/:id',
  summary: 'One scenario with objectives, cast, pass threshold and modes.',
  tag: 'catalog',
  params: { schema: ScenarioIdParams, invalid: () => scenarioNotFound() },
  query: [
    {
      name: 'lang',
      description: '`en` (the default) or `es`: titles, summary, objectives and cast in that language.',
    },
  ],
  responses: {
    200: { description: 'The scenario.', schema: ScenarioDetailSchema },
    404: { description: '`scenario_not_found`.', schema: ErrorResponse },
  },
});

export const getRubric = declareRoute({
  method: 'get',
  path: '/api/rubric',
  summary: 'The shared competency rubric.',
  tag: 'catalog',
  responses: { 200: { description: 'Competencies.', schema: RubricResponse } },
});

export const getSources = declareRoute({
  method: 'get',
  path: '/api/sources',
  summary:
    'Seed guidance ids and published references that choices cite. `?lang=es` gives guidance texts and headings in Spanish where translated (each item says its `lang`).',
  tag: 'catalog',
  query: [{ name: 'lang', description: '`en` (the default) or `es`.' }],
  responses: {
    200: { description: 'Sources.', schema: SourcesResponse },
    400: { description: '`bad_request`: `lang` is not `en` or `es`.', schema: ErrorResponse },
  },
});
