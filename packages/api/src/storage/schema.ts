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

/**
 * Every table the API owns. Other areas (workshop, accounts) extend this interface in their own file
 * and use `Kysely<Database & TheirTables>`.
 */
export interface Database {
  scenario_versions: ScenarioVersionsTable;
  runs: RunsTable;
  run_steps: RunStepsTable;
}
