import type { Lang } from '@doorway/api/client';
import type { Mode } from '@doorway/engine';
import { api } from './api';
import type { ApiResult } from './http';
import type { ChoiceResponse, ExitResponse, RewindResponse, StartRunResponse } from './types';

/**
 * Starts a run of a scenario in a mode (the server sets the run cookie), in a language the scenario
 * has (English when left out); the run stays in that language.
 *
 * @example
 * const res = await startRun('first-contact', 'coach', 'es');
 * if (res.ok) navigate(`/runs/${res.value.run.id}`);
 */
export function startRun(
  scenarioId: string,
  mode: Mode,
  lang: Lang = 'en',
): Promise<ApiResult<StartRunResponse>> {
  return api.post('/api/runs', { json: { scenarioId, mode, lang } });
}

/**
 * Sends a decision. `requestId` makes a retried request harmless: the server answers it once.
 *
 * @example
 * const res = await choose(runId, view.beat.id, choice.id, crypto.randomUUID());
 */
export function choose(
  runId: string,
  beatId: string,
  choiceId: string,
  requestId: string,
): Promise<ApiResult<ChoiceResponse>> {
  return api.post('/api/runs/:id/choices', { param: { id: runId }, json: { beatId, choiceId, requestId } });
}

/**
 * Undoes decisions back to `toDecision` (the number of decisions to keep).
 *
 * @example
 * await rewind(runId, view.decisions - 1); // "Try another response"
 */
export function rewind(runId: string, toDecision: number): Promise<ApiResult<RewindResponse>> {
  return api.post('/api/runs/:id/rewind', { param: { id: runId }, json: { toDecision } });
}

/**
 * Ends a run early (Step out → End here).
 *
 * @example
 * await exitRun(runId);
 */
export function exitRun(runId: string): Promise<ApiResult<ExitResponse>> {
  return api.post('/api/runs/:id/exit', { param: { id: runId } });
}

/** A fresh id for one decision request; falls back where `crypto.randomUUID` is missing (plain http). */
export function newRequestId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
