import type { Kysely } from 'kysely';
import type { Database } from './schema';

/** A scenario version as stored: what a run replays against, whatever is on disk now. */
export interface StoredScenarioVersion {
  scenarioId: string;
  version: string;
  contentHash: string;
  /** The validated scenario JSON text. */
  scenarioJson: string;
  /** The rubric JSON text it was scored with; null or absent when unknown (the current rubric is used). */
  rubricJson?: string | null | undefined;
}

export interface RunRecord {
  id: string;
  scenarioId: string;
  scenarioVersion: string;
  contentHash: string;
  mode: 'coach' | 'practice' | 'assessment';
  seed: number;
  status: 'active' | 'ended' | 'exited';
  tokenHash: string;
  lastSeq: number;
  /** The language the run shows its content in ('en' when absent); the engine never sees it. */
  lang?: string;
  createdAt: string;
  updatedAt: string;
}

export interface StepRecord {
  seq: number;
  requestId: string | null;
  /** The step as JSON text (an engine Step). */
  stepJson: string;
  /** The response body first sent for this step, as JSON text. */
  responseJson: string | null;
  createdAt: string;
}

export interface NewStep {
  runId: string;
  /** Must be the run's last seq + 1; anything else means another request got there first. */
  seq: number;
  requestId: string | null;
  stepJson: string;
  responseJson: string | null;
  /** The run's status after this step. */
  status: RunRecord['status'];
  at: string;
  /** xAPI statements this step produces, stored in the same transaction (none for most runs). */
  outbox?: readonly OutboxStatement[] | undefined;
}

/** One xAPI statement for the outbox: its (deterministic) id, the organisation whose LRS gets it, the JSON. */
export interface OutboxStatement {
  id: string;
  organisationId: string;
  statementJson: string;
}

/** Why an append was refused: the seq is taken (a concurrent step won) or the request id was used. */
export type AppendResult = { ok: true } | { ok: false; error: 'seq_taken' | 'request_taken' };

/**
 * Everything the API stores, behind one interface with one implementation over Kysely
 * (SQLite or PostgreSQL). The step log is append-only: nothing here updates or deletes a step.
 */
export interface Storage {
  /** The dialect, for diagnostics. */
  readonly dialect: 'sqlite' | 'postgres';
  /** The Kysely instance, for other areas' tables (workshop, accounts). */
  readonly db: Kysely<Database>;
  /**
   * Applies pending migrations; safe to call at every start. With `target` (a migration name, e.g.
   * `'003_scenario_rubric'`) it stops there: upgrade tests build an older schema with it.
   */
  migrate(target?: string): Promise<void>;
  /** Stores a scenario version once; a second call with the same (id, content hash) does nothing. */
  saveScenarioVersion(version: StoredScenarioVersion, at: string): Promise<void>;
  getScenarioVersion(scenarioId: string, contentHash: string): Promise<StoredScenarioVersion | undefined>;
  createRun(run: RunRecord): Promise<void>;
  getRun(id: string): Promise<RunRecord | undefined>;
  /** The run's steps in seq order. */
  listSteps(runId: string): Promise<StepRecord[]>;
  findStepByRequest(runId: string, requestId: string): Promise<StepRecord | undefined>;
  /** Appends one step, its outbox statements, and updates the run (status, last seq) in one transaction. */
  appendStep(step: NewStep): Promise<AppendResult>;
  /** Whether the database answers. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}
