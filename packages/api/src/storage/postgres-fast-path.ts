import type pg from 'pg';
import { isUniqueViolation, toRun, toStep } from './kysely-storage';
import type { RunsTable } from './schema';
import type { AppendResult, NewStep, Storage } from './storage';

type StepRow = Parameters<typeof toStep>[0];

const STEP_COLUMNS = 'seq, request_id, step_json, response_json, created_at';

/**
 * Named, never `select *`: a prepared statement lives as long as its connection, and PostgreSQL refuses
 * to run one whose result columns changed ("cached plan must not change result type") after a migration
 * adds a column while the pool's connections stay open.
 */
const RUN_COLUMNS =
  'id, scenario_id, scenario_version, content_hash, mode, seed, status, token_hash, last_seq, lang, created_at, updated_at';

/**
 * One append as one statement (one round trip, one implicit transaction): the run moves forward only if
 * it is still at seq - 1, and the step is inserted only from the row that moved. Under READ COMMITTED a
 * concurrent writer on the same run waits for the row lock, then re-checks `last_seq` and moves nothing.
 * A unique violation (seq or request id) aborts the whole statement, so the run never moves without its step.
 */
const APPEND = `with moved as (
  update runs set status = $1, last_seq = $2, updated_at = $3
  where id = $4 and last_seq = $5
  returning id
)
insert into run_steps (run_id, seq, request_id, step_json, response_json, created_at)
select id, $2, $6, $7, $8, $3 from moved`;

/**
 * The append with xAPI statements, still one statement: the outbox rows are inserted only from the step
 * that was inserted, so they commit with it or not at all. Its row count is the outbox rows' (at least one).
 */
const APPEND_WITH_OUTBOX = `with moved as (
  update runs set status = $1, last_seq = $2, updated_at = $3
  where id = $4 and last_seq = $5
  returning id
), stepped as (
  insert into run_steps (run_id, seq, request_id, step_json, response_json, created_at)
  select id, $2, $6, $7, $8, $3 from moved
  returning run_id
)
insert into xapi_outbox (id, organisation_id, run_id, seq, statement_json, created_at, attempts, next_attempt_at)
select x.id, x.org, stepped.run_id, $2, x.body, $3, 0, $3
from stepped cross join json_to_recordset($9::json) as x(id text, org text, body text)`;

/**
 * The run hot path on PostgreSQL (load a run, read its log, append a step) as named prepared statements
 * straight on the pg pool: one round trip each, where Kysely's transaction took four for an append
 * (begin, insert, update, commit) and compiled every query anew. The step log stays the only truth and
 * an append is acknowledged only after PostgreSQL committed it (synchronous_commit as the server sets it).
 *
 * @example
 * const storage = { ...kyselyStorage(db, 'postgres'), ...postgresFastPath(() => pool) };
 */
export function postgresFastPath(
  pool: () => Promise<pg.Pool>,
  onStatement?: (sql: string) => void,
): Pick<Storage, 'getRun' | 'listSteps' | 'findStepByRequest' | 'appendStep'> {
  async function query<R extends pg.QueryResultRow>(name: string, text: string, values: unknown[]) {
    onStatement?.(text);
    return (await pool()).query<R>({ name, text, values });
  }
  async function findStepByRequest(runId: string, requestId: string) {
    const { rows } = await query<StepRow>(
      'doorway_step_by_request',
      `select ${STEP_COLUMNS} from run_steps where run_id = $1 and request_id = $2`,
      [runId, requestId],
    );
    return rows[0] ? toStep(rows[0]) : undefined;
  }

  return {
    async getRun(id) {
      const { rows } = await query<RunsTable>(
        'doorway_get_run',
        `select ${RUN_COLUMNS} from runs where id = $1`,
        [id],
      );
      return rows[0] ? toRun(rows[0]) : undefined;
    },
    async listSteps(runId) {
      const { rows } = await query<StepRow>(
        'doorway_list_steps',
        `select ${STEP_COLUMNS} from run_steps where run_id = $1 order by seq`,
        [runId],
      );
      return rows.map(toStep);
    },
    findStepByRequest,
    async appendStep(step: NewStep): Promise<AppendResult> {
      try {
        const values = [
          step.status,
          step.seq,
          step.at,
          step.runId,
          step.seq - 1,
          step.requestId,
          step.stepJson,
          step.responseJson,
        ];
        if (step.outbox && step.outbox.length > 0) {
          const rows = step.outbox.map((o) => ({ id: o.id, org: o.organisationId, body: o.statementJson }));
          const result = await query('doorway_append_step_outbox', APPEND_WITH_OUTBOX, [
            ...values,
            JSON.stringify(rows),
          ]);
          return (result.rowCount ?? 0) > 0 ? { ok: true } : { ok: false, error: 'seq_taken' };
        }
        const result = await query('doorway_append_step', APPEND, values);
        return result.rowCount === 1 ? { ok: true } : { ok: false, error: 'seq_taken' };
      } catch (err) {
        if (!isUniqueViolation(err)) throw err;
        if (step.requestId !== null && (await findStepByRequest(step.runId, step.requestId)))
          return { ok: false, error: 'request_taken' };
        return { ok: false, error: 'seq_taken' };
      }
    },
  };
}
