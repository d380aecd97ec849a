import type { DebriefReport, Feedback, Mode, View, ViewLine } from '@doorway/engine';

/**
 * The API's response shapes as the web app reads them. View, Feedback and DebriefReport come from the
 * engine (types only, so no engine code reaches the bundle); the rest mirror the API contract.
 */

export interface CompetencyRef {
  id: string;
  name: string;
}

/** One entry of `GET /api/scenarios`. */
export interface ScenarioSummary {
  id: string;
  version: string;
  title: string;
  summary: string;
  estimatedMinutes: number;
  contentNotes: string[];
  themes: string[];
  competencies: CompetencyRef[];
  trainee: string;
}

export interface CastMember {
  name: string;
  role: string;
  description?: string | undefined;
}

/** `GET /api/scenarios/:id`: the summary plus what the scenario page shows before starting. */
export interface ScenarioDetail extends ScenarioSummary {
  objectives: string[];
  cast: Record<string, CastMember>;
  passThreshold: number;
}

export type RunStatus = 'active' | 'ended' | 'exited';

export interface RunInfo {
  id: string;
  scenarioId: string;
  scenarioVersion: string;
  mode: Mode;
  status: RunStatus;
}

/** `POST /api/runs` → 201. */
export interface StartRunResponse {
  run: RunInfo;
  view: View;
  runToken: string;
}

/** `GET /api/runs/:id`: everything needed to resume a run where it was. */
export interface RunResponse {
  run: RunInfo;
  view: View;
  /** Every line shown so far, the trainee's own words included, oldest first. */
  transcript: ViewLine[];
  /** The feedback on the last decision (coach mode). */
  feedback?: Feedback | undefined;
}

/** `POST /api/runs/:id/choices`. */
export interface ChoiceResponse {
  view: View;
  step: unknown;
  feedback?: Feedback | undefined;
}

/** `POST /api/runs/:id/rewind`. */
export interface RewindResponse {
  view: View;
  step: unknown;
}

/** A seed guidance item (`interp-1`) with its short paraphrase. */
export interface GuidanceItem {
  id: string;
  text: string;
  section?: string | undefined;
  seed?: string | undefined;
}

/** A published reference (`who-2003`) with its citation. */
export interface Reference {
  key: string;
  citation: string;
  url?: string | undefined;
}

/** `GET /api/sources`. */
export interface SourcesResponse {
  guidance: GuidanceItem[];
  references: Reference[];
}

export type { DebriefReport, Feedback, Mode, View, ViewLine };
