import { type CompiledScenario, type RunState, report } from '../runs/engine';
import type { RunRecord } from '../storage/storage';
import type { AttemptFacts } from './attempt-rule';

/**
 * The facts a course keeps about one attempt, derived from the run as the server replayed it (its log through
 * the pinned compiled scenario): never from anything a client claims. Score, competencies and critical errors
 * are the engine's debrief; each decision on the effective path carries its verdict from the scenario; time
 * spent is the run's first to last write. Pure.
 *
 * @example
 * const loaded = await runService.load(record);
 * attemptFacts(loaded.record, loaded.state, loaded.compiled).overall; // 83
 */
export function attemptFacts(record: RunRecord, state: RunState, compiled: CompiledScenario): AttemptFacts {
  const debrief = report(compiled, state);
  return {
    runId: record.id,
    startedAt: record.createdAt,
    updatedAt: record.updatedAt,
    status: state.status,
    overall: debrief.overall,
    criticalErrors: debrief.criticalErrors.length,
    competencies: debrief.competencies.map((c) => ({ id: c.id, name: c.name, score: c.score })),
    decisions: debrief.decisions.map((d) => ({
      beatId: d.beatId,
      choiceId: d.choice.id,
      verdict: d.verdict,
    })),
  };
}
