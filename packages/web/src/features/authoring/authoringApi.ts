import type { RouteInput, RouteResponse } from '@doorway/api/client';
import { api } from '../../lib/api';
import { orThrow } from '../../lib/http';
import type { DraftProblem } from './checker/checkTypes';

// The authoring routes through the typed client: every shape here is read from the routes' declarations.

export type Draft = RouteResponse<'get', '/api/orgs/:orgId/drafts/:draftId'>['draft'];
export type DraftSummary = RouteResponse<'get', '/api/orgs/:orgId/drafts'>['drafts'][number];
export type Publication = RouteResponse<'get', '/api/orgs/:orgId/publications'>['publications'][number];

/** The organisations I belong to with my roles; 401 when signed out. */
export const fetchOrgs = () => api.get('/api/orgs').then(orThrow);

export const fetchDrafts = (orgId: string) =>
  api.get('/api/orgs/:orgId/drafts', { param: { orgId } }).then(orThrow);

export const fetchDraft = (orgId: string, draftId: string) =>
  api.get('/api/orgs/:orgId/drafts/:draftId', { param: { orgId, draftId } }).then(orThrow);

export const fetchPublications = (orgId: string) =>
  api.get('/api/orgs/:orgId/publications', { param: { orgId } }).then(orThrow);

export type CreateDraft = RouteInput<'post', '/api/orgs/:orgId/drafts'>['json'];

export const createDraft = (orgId: string, json: CreateDraft) =>
  api.post('/api/orgs/:orgId/drafts', { param: { orgId }, json });

export const saveDraft = (orgId: string, draftId: string, yaml: string, baseRevision: number) =>
  api.post('/api/orgs/:orgId/drafts/:draftId/revisions', {
    param: { orgId, draftId },
    json: { yaml, baseRevision },
  });

export const publishDraft = (orgId: string, draftId: string, revision: number) =>
  api.post('/api/orgs/:orgId/drafts/:draftId/publish', { param: { orgId, draftId }, json: { revision } });

export const previewDraft = (
  orgId: string,
  draftId: string,
  json: RouteInput<'post', '/api/orgs/:orgId/drafts/:draftId/preview'>['json'],
) => api.post('/api/orgs/:orgId/drafts/:draftId/preview', { param: { orgId, draftId }, json });

/** What the in-browser checker needs: the rubric and the source ids, from the public catalog routes. */
export async function fetchCheckerSetup() {
  const [rubric, sources] = await Promise.all([
    api.get('/api/rubric').then(orThrow),
    api.get('/api/sources').then(orThrow),
  ]);
  return { rubric, sources };
}

/** The problems a refused publish names (422 `draft_has_errors`). */
export type PublishProblems = DraftProblem[];
