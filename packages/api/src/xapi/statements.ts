import type { DebriefReport } from '../runs/engine';
import type { OutboxStatement } from '../storage/storage';
import { statementId } from './statement-id';
import type { XapiTarget } from './xapi-target';

const VERBS = {
  answered: 'http://adlnet.gov/expapi/verbs/answered',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
} as const;
type Verb = keyof typeof VERBS;

/** What one step tells the LRS about: the run, the step's seq, and the debrief after it. */
export interface StepFacts {
  runId: string;
  scenarioId: string;
  scenarioVersion: string;
  seq: number;
  /** 'choice' for a decision; the run ended with this step when `endedNow`. */
  kind: 'choice' | 'rewind' | 'exit';
  endedNow: boolean;
  /** The engine's report on the state after the step (its last decision is this step's choice). */
  after: DebriefReport;
  at: string;
}

/** The passed/failed verdict for a course step's pass rule (null: the scenario's own threshold). */
export function passedUnder(target: Pick<XapiTarget, 'passRule' | 'passScore'>, r: DebriefReport): boolean {
  if (target.passRule === 'completion') return true;
  if (target.passRule === 'score')
    return r.overall >= (target.passScore ?? r.passThreshold) && r.criticalErrors.length === 0;
  return r.passed;
}

/**
 * The xAPI 1.0.3 statements one step produces: `answered` for a choice (one activity per decision), and
 * when the run ends with it `completed` plus `passed` or `failed`. The actor is an account with the server's
 * public URL and an opaque id, never a name or email. Ids are name-based UUIDs of run id, seq and verb, so
 * a statement resent after a crash is the same statement.
 *
 * @example
 * stepStatements('https://doorway.example.org', target, facts).map((s) => s.id);
 */
export function stepStatements(homePage: string, target: XapiTarget, facts: StepFacts): OutboxStatement[] {
  const base = homePage.replace(/\/+$/, '');
  const scenarioActivity = `${base}/xapi/activities/scenarios/${encodeURIComponent(facts.scenarioId)}`;
  const ext = (name: string) => `${base}/xapi/extensions/${name}`;
  const actor = { objectType: 'Agent', account: { homePage: base, name: target.actorName } };
  const context = {
    registration: statementId(`registration:${facts.runId}`),
    contextActivities: {
      grouping: [
        {
          objectType: 'Activity',
          id: `${base}/xapi/activities/courses/${encodeURIComponent(target.courseId)}`,
        },
      ],
    },
    extensions: {
      [ext('scenario-version')]: facts.scenarioVersion,
      [ext('seq')]: facts.seq,
    },
  };
  const verb = (v: Verb) => ({ id: VERBS[v], display: { 'en-US': v } });
  const make = (v: Verb, body: Record<string, unknown>) => {
    const id = statementId(`${facts.runId}:${facts.seq}:${v}`);
    const statement = { id, actor, verb: verb(v), ...body, timestamp: facts.at, version: '1.0.3' };
    return { id, organisationId: target.organisationId, statementJson: JSON.stringify(statement) };
  };

  const out: OutboxStatement[] = [];
  const decision = facts.kind === 'choice' ? facts.after.decisions.at(-1) : undefined;
  if (decision) {
    const evidence = facts.after.competencies.flatMap((c) =>
      c.evidence
        .filter((e) => e.beatId === decision.beatId && e.choiceId === decision.choice.id)
        .map((e) => ({ competency: c.id, amount: e.amount })),
    );
    out.push(
      make('answered', {
        object: {
          objectType: 'Activity',
          id: `${scenarioActivity}/beats/${encodeURIComponent(decision.beatId)}`,
          definition: {
            type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
            interactionType: 'choice',
            name: { 'en-US': decision.beatTitle ?? decision.beatId },
          },
        },
        result: {
          response: decision.choice.id,
          success: decision.verdict !== 'harmful',
          extensions: {
            [ext('verdict')]: decision.verdict,
            [ext('critical')]: decision.critical,
            [ext('competency-evidence')]: evidence,
          },
        },
        context: {
          ...context,
          contextActivities: {
            ...context.contextActivities,
            parent: [{ objectType: 'Activity', id: scenarioActivity }],
          },
        },
      }),
    );
  }
  if (facts.endedNow) {
    const score = { scaled: facts.after.overall / 100, raw: facts.after.overall, min: 0, max: 100 };
    const object = {
      objectType: 'Activity',
      id: scenarioActivity,
      definition: {
        type: 'http://adlnet.gov/expapi/activities/simulation',
        name: { 'en-US': facts.scenarioId },
      },
    };
    out.push(make('completed', { object, result: { completion: true, score }, context }));
    const passed = passedUnder(target, facts.after);
    out.push(
      make(passed ? 'passed' : 'failed', {
        object,
        result: { success: passed, completion: true, score },
        context,
      }),
    );
  }
  return out;
}
