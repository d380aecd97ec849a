import type { Rubric } from '@doorway/engine';
import { apiRequest, orThrow } from '../../lib/http';
import type { DraftProblem } from './checker/checkTypes';

export interface Draft {
  id: string;
  scenarioId: string;
  title: string;
  yaml: string;
  revision: number;
  createdAt: string;
  updatedAt: string;
  updatedBy: string | null;
}
export type DraftSummary = Omit<Draft, 'yaml'>;

export interface Publication {
  scenarioId: string;
  version: string;
  publishedAt: string;
  publishedBy: { id: string; name: string } | null;
  draftId: string | null;
}

/** The organisations I belong to with my roles; 401 when signed out. */
export const fetchOrgs = () =>
  apiRequest<{ organisations: { id: string; name: string; roles: string[] }[] }>('GET', '/api/orgs').then(
    orThrow,
  );

export const fetchDrafts = (orgId: string) =>
  apiRequest<{ drafts: DraftSummary[] }>('GET', `/api/orgs/${orgId}/drafts`).then(orThrow);

export const fetchDraft = (orgId: string, draftId: string) =>
  apiRequest<{ draft: Draft }>('GET', `/api/orgs/${orgId}/drafts/${draftId}`).then(orThrow);

export const fetchPublications = (orgId: string) =>
  apiRequest<{ publications: Publication[] }>('GET', `/api/orgs/${orgId}/publications`).then(orThrow);

export type CreateDraft =
  | { from: 'template'; id?: string }
  | { from: 'scenario'; scenarioId: string }
  | { from: 'yaml'; yaml: string; fileName?: string };

export const createDraft = (orgId: string, body: CreateDraft) =>
  apiRequest<{ draft: Draft }>('POST', `/api/orgs/${orgId}/drafts`, body);

export const saveDraft = (orgId: string, draftId: string, yaml: string, baseRevision: number) =>
  apiRequest<{ draft: Draft }>('POST', `/api/orgs/${orgId}/drafts/${draftId}/revisions`, {
    yaml,
    baseRevision,
  });

export const publishDraft = (orgId: string, draftId: string, revision: number) =>
  apiRequest<{ publication: Publication }>('POST', `/api/orgs/${orgId}/drafts/${draftId}/publish`, {
    revision,
  });

export const previewDraft = (
  orgId: string,
  draftId: string,
  body: { yaml: string; fromBeat?: string; meters?: Record<string, number>; flags?: Record<string, boolean> },
) =>
  apiRequest<{ run: { id: string; scenarioId: string; scenarioVersion: string }; runToken: string }>(
    'POST',
    `/api/orgs/${orgId}/drafts/${draftId}/preview`,
    body,
  );

/** What the in-browser checker needs: the rubric and the source ids, from the public catalog routes. */
export async function fetchCheckerSetup() {
  const [rubric, sources] = await Promise.all([
    apiRequest<Rubric>('GET', '/api/rubric').then(orThrow),
    apiRequest<{ documents: unknown[]; guidance: { id: string }[]; references: { key: string }[] }>(
      'GET',
      '/api/sources',
    ).then(orThrow),
  ]);
  return { rubric, sources };
}

/** The problems a refused publish names (422 `draft_has_errors`). */
export type PublishProblems = DraftProblem[];
