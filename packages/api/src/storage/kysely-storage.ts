import { type Kysely, Migrator, sql } from 'kysely';
import { migrationProvider } from './migrations/index';
import type { Database, RunsTable } from './schema';
import type { AppendResult, NewStep, RunRecord, StepRecord, Storage, StoredScenarioVersion } from './storage';

/** Unique-constraint violations, as each driver reports them. */
export function isUniqueViolation(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const code = (err as { code?: unknown }).code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

export function toRun(row: RunsTable): RunRecord {
  return {
    id: row.id,
    scenarioId: row.scenario_id,
    scenarioVersion: row.scenario_version,
    contentHash: row.content_hash,
    mode: row.mode as RunRecord['mode'],
    seed: Number(row.seed),
    status: row.status as RunRecord['status'],
    tokenHash: row.token_hash,
    lastSeq: Number(row.last_seq),
    // English is the default: a run record says `lang` only for another language.
    ...(row.lang && row.lang !== 'en' ? { lang: row.lang } : {}),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toStep(row: {
  seq: number;
  request_id: string | null;
  step_json: string;
  response_json: string | null;
  created_at: string;
}): StepRecord {
  return {
    seq: Number(row.seq),
    requestId: row.request_id,
    stepJson: row.step_json,
    responseJson: row.response_json,
    createdAt: row.created_at,
  };
}

/**
 * The storage implementation over Kysely; the dialect decides SQLite or PostgreSQL.
 *
 * @example
 * const storage = kyselyStorage(db, 'sqlite');
 * await storage.migrate();
 */
export function kyselyStorage(
  db: Kysely<Database>,
  dialect: 'sqlite' | 'postgres',
  onClose: () => Promise<void> = () => db.destroy(),
  migrationSchema?: string,
): Storage {
  async function findStepByRequest(runId: string, requestId: string) {
    const row = await db
      .selectFrom('run_steps')
      .select(['seq', 'request_id', 'step_json', 'response_json', 'created_at'])
      .where('run_id', '=', runId)
      .where('request_id', '=', requestId)
      .executeTakeFirst();
    return row ? toStep(row) : undefined;
  }

  return {
    dialect,
    db,
    findStepByRequest,

    async migrate(target?: string) {
      // Kysely looks for its migration tables in every schema unless told which one; on a server
      // shared by several databases users (or test schemas chosen by search_path in the URL), it
      // would find another schema's lock table and skip creating its own. Name the session's schema.
      const schema =
        migrationSchema ??
        (dialect === 'postgres'
          ? (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]?.s
          : undefined);
      const migrator = new Migrator({
        db,
        provider: migrationProvider,
        allowUnorderedMigrations: true,
        ...(schema ? { migrationTableSchema: schema } : {}),
      });
      let outcome = await (target ? migrator.migrateTo(target) : migrator.migrateToLatest());
      // Before it migrates, Kysely's introspection reads every schema's tables; when another database user
      // drops a schema at that moment (test suites do, and so may another deployment on a shared server),
      // PostgreSQL says that schema "does not exist". Nothing has been migrated yet, so trying again is safe.
      for (
        let retry = 0;
        retry < 3 && dialect === 'postgres' && droppedMeanwhile(outcome.error, schema);
        retry++
      )
        outcome = await (target ? migrator.migrateTo(target) : migrator.migrateToLatest());
      const { error, results } = outcome;
      if (error) {
        const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
        throw new Error(`database migration ${failed} failed: ${String(error)}`);
      }
    },

    async saveScenarioVersion(v: StoredScenarioVersion, at: string) {
      await db
        .insertInto('scenario_versions')
        .values({
          scenario_id: v.scenarioId,
          version: v.version,
          content_hash: v.contentHash,
          scenario_json: v.scenarioJson,
          rubric_json: v.rubricJson ?? null,
          created_at: at,
        })
        // Stored once; a later save may only fill in a rubric that an earlier save (the workshop's) left out.
        .onConflict((oc) =>
          v.rubricJson
            ? oc
                .columns(['scenario_id', 'content_hash'])
                .doUpdateSet({ rubric_json: (eb) => eb.ref('excluded.rubric_json') })
                .where('scenario_versions.rubric_json', 'is', null)
            : oc.columns(['scenario_id', 'content_hash']).doNothing(),
        )
        .execute();
    },

    async getScenarioVersion(scenarioId: string, contentHash: string) {
      const row = await db
        .selectFrom('scenario_versions')
        .selectAll()
        .where('scenario_id', '=', scenarioId)
        .where('content_hash', '=', contentHash)
        .executeTakeFirst();
      return row
        ? {
            scenarioId: row.scenario_id,
            version: row.version,
            contentHash: row.content_hash,
            scenarioJson: row.scenario_json,
            rubricJson: row.rubric_json ?? null,
          }
        : undefined;
    },

    async createRun(run: RunRecord) {
      await db
        .insertInto('runs')
        .values({
          id: run.id,
          scenario_id: run.scenarioId,
          scenario_version: run.scenarioVersion,
          content_hash: run.contentHash,
          mode: run.mode,
          seed: run.seed,
          status: run.status,
          token_hash: run.tokenHash,
          last_seq: run.lastSeq,
          // The column's default is 'en' (migration 008): only another language is written.
          ...(run.lang !== undefined && run.lang !== 'en' ? { lang: run.lang } : {}),
          created_at: run.createdAt,
          updated_at: run.updatedAt,
        })
        .execute();
    },

    async getRun(id: string) {
      const row = await db.selectFrom('runs').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toRun(row) : undefined;
    },

    async listSteps(runId: string) {
      const rows = await db
        .selectFrom('run_steps')
        .select(['seq', 'request_id', 'step_json', 'response_json', 'created_at'])
        .where('run_id', '=', runId)
        .orderBy('seq')
        .execute();
      return rows.map(toStep);
    },

    async appendStep(step: NewStep): Promise<AppendResult> {
      try {
        await db.transaction().execute(async (trx) => {
          // The run first, guarded on last_seq, so two writers can never both move it forward, and a run
          // deleted meanwhile (or moved on) gets no orphan step; a unique violation below rolls it back.
          const updated = await trx
            .updateTable('runs')
            .set({ status: step.status, last_seq: step.seq, updated_at: step.at })
            .where('id', '=', step.runId)
            .where('last_seq', '=', step.seq - 1)
            .executeTakeFirst();
          if (Number(updated.numUpdatedRows) !== 1) throw new SeqTaken();
          await trx
            .insertInto('run_steps')
            .values({
              run_id: step.runId,
              seq: step.seq,
              request_id: step.requestId,
              step_json: step.stepJson,
              response_json: step.responseJson,
              created_at: step.at,
            })
            .execute();
          if (step.outbox && step.outbox.length > 0)
            await trx
              .insertInto('xapi_outbox')
              .values(
                step.outbox.map((o) => ({
                  id: o.id,
                  organisation_id: o.organisationId,
                  run_id: step.runId,
                  seq: step.seq,
                  statement_json: o.statementJson,
                  created_at: step.at,
                  attempts: 0,
                  next_attempt_at: step.at,
                })),
              )
              .execute();
        });
        return { ok: true };
      } catch (err) {
        if (err instanceof SeqTaken) return { ok: false, error: 'seq_taken' };
        if (!isUniqueViolation(err)) throw err;
        if (step.requestId !== null) {
          const existing = await findStepByRequest(step.runId, step.requestId);
          if (existing) return { ok: false, error: 'request_taken' };
        }
        return { ok: false, error: 'seq_taken' };
      }
    },

    async ping() {
      try {
        await sql`select 1`.execute(db);
        return true;
      } catch {
        return false;
      }
    },

    close: onClose,
  };
}

class SeqTaken extends Error {}

/** True when a migration failed because some other schema vanished while Kysely listed tables. */
function droppedMeanwhile(error: unknown, own: string | undefined): boolean {
  const message = error instanceof Error ? error.message : String(error ?? '');
  const gone = /schema "?([^"\s]+)"? does not exist/.exec(message);
  return gone !== null && gone[1] !== own;
}
