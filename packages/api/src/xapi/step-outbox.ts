import type { Kysely } from 'kysely';
import { type CompiledScenario, type RunState, report, type Step } from '../runs/engine';
import type { Database } from '../storage/schema';
import type { OutboxStatement, RunRecord } from '../storage/storage';
import { stepStatements } from './statements';
import { xapiTargets } from './xapi-target';

/** What the run service asks before appending a step: the statements to store with it. */
export type StepOutbox = (input: {
  record: RunRecord;
  compiled: CompiledScenario;
  before: RunState;
  after: RunState;
  step: Step;
  seq: number;
  at: string;
}) => Promise<OutboxStatement[]>;

/**
 * The run service's xAPI hook: for a course run of an organisation with an LRS, the statements of a
 * step (see `stepStatements`); for any other run nothing, after one cached lookup.
 *
 * @example
 * createRunService({ storage, catalog, outbox: xapiStepOutbox({ db, homePage, nowMs: Date.now }) });
 */
export function xapiStepOutbox(deps: {
  db: Kysely<Database>;
  homePage: string;
  nowMs: () => number;
}): StepOutbox {
  const targets = xapiTargets(deps.db, deps.nowMs);
  return async ({ record, compiled, before, after, step, seq, at }) => {
    if (step.kind === 'rewind') return [];
    const target = await targets.forRun(record.id);
    if (!target) return [];
    return stepStatements(deps.homePage, target, {
      runId: record.id,
      scenarioId: record.scenarioId,
      scenarioVersion: record.scenarioVersion,
      seq,
      kind: step.kind,
      endedNow: before.status === 'active' && after.status === 'ended',
      after: report(compiled, after),
      at,
    });
  };
}
