/** What the course needs to know about one attempt (a run), derived from the run replayed by the engine. */
export interface AttemptFacts {
  runId: string;
  startedAt: string;
  /** When the run last changed (ISO-8601); with startedAt, the time spent. */
  updatedAt: string;
  status: 'active' | 'ended' | 'exited';
  /** The engine's overall score, 0 to 100. */
  overall: number;
  /** How many critical choices the run made. */
  criticalErrors: number;
  competencies: { id: string; name: string; score: number }[];
  /** The run's decisions (beat, choice, verdict), for the heatmap; never shown per trainee to managers. */
  decisions: { beatId: string; choiceId: string; verdict: 'best' | 'acceptable' | 'harmful' }[];
}

/** Which attempt of a step counts: the best one or the last one. */
export type AttemptPolicy = 'best' | 'last';

/** Orders two ended attempts, best first: no critical error, then higher score, then the earlier one. */
function better(a: AttemptFacts, b: AttemptFacts): number {
  const critical = Number(a.criticalErrors > 0) - Number(b.criticalErrors > 0);
  if (critical !== 0) return critical;
  if (a.overall !== b.overall) return b.overall - a.overall;
  return a.startedAt.localeCompare(b.startedAt);
}

/**
 * The attempt a course records for a step: among the ended attempts, the best (no critical error, then the
 * highest score, then the earliest) or the last started. Undefined while no attempt has ended.
 *
 * @example
 * countedAttempt([first, second], 'best')?.runId;
 */
export function countedAttempt(attempts: AttemptFacts[], policy: AttemptPolicy): AttemptFacts | undefined {
  const ended = attempts.filter((a) => a.status === 'ended');
  if (ended.length === 0) return undefined;
  if (policy === 'last') {
    return [...ended].sort(
      (a, b) => b.startedAt.localeCompare(a.startedAt) || b.runId.localeCompare(a.runId),
    )[0];
  }
  return [...ended].sort(better)[0];
}
