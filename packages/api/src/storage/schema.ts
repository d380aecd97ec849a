import type { AuthoringTables } from '../authoring/schema';
import type { CourseTables } from '../courses/schema';
import type { MailTables } from '../mail/schema';
import type { WorkshopTables } from '../workshop/schema';
import type { XapiTables } from '../xapi/schema';

/** The scenario content a run was started on, stored once per (scenario id, content hash). */
export interface ScenarioVersionsTable {
  scenario_id: string;
  version: string;
  content_hash: string;
  /** The validated scenario, as JSON text. */
  scenario_json: string;
  /** The rubric it was scored with, as JSON text (null for versions stored before migration 003). */
  rubric_json: string | null;
  created_at: string;
}

export interface RunsTable {
  id: string;
  scenario_id: string;
  scenario_version: string;
  content_hash: string;
  mode: string;
  seed: number;
  status: string;
  /** sha256 of the run token, hex. */
  token_hash: string;
  /** The seq of the last step, 0 when none. */
  last_seq: number;
  /** The language the run shows its content in (migration 008; 'en' for older runs). */
  lang?: string | undefined;
  created_at: string;
  updated_at: string;
}

/** The append-only step log: the only truth about a run. */
export interface RunStepsTable {
  run_id: string;
  seq: number;
  request_id: string | null;
  step_json: string;
  /** The response body first sent for this step, returned again for a retried request id. */
  response_json: string | null;
  created_at: string;
}

/** The tables of runs: scenario versions, runs and their step logs (migration 001). */
export interface CoreTables {
  scenario_versions: ScenarioVersionsTable;
  runs: RunsTable;
  run_steps: RunStepsTable;
  rate_limits: RateLimitsTable;
}

/** Rate-limit counters shared across processes (migration 005): the current window's hits per client. */
export interface RateLimitsTable {
  scope: string;
  client_key: string;
  window_index: number;
  hits: number;
}

/**
 * Every table the API owns, so `storage.db` is typed for all of them. An area with its own tables
 * declares them in its own file (as the workshop does) and adds them here beside its migration.
 */
export interface Database
  extends CoreTables,
    WorkshopTables,
    CourseTables,
    AuthoringTables,
    XapiTables,
    MailTables {}
