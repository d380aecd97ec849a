import type { DebriefReport } from '@doorway/engine';
import { type DecisionRecord, type LmsAdapter, noLms } from './adapter';

const VERB = (name: string) => ({
  id: `http://adlnet.gov/expapi/verbs/${name}`,
  display: { 'en-US': name },
});
const CMI5_CATEGORY = { id: 'https://w3id.org/xapi/cmi5/context/categories/cmi5' };
const MOVEON_CATEGORY = { id: 'https://w3id.org/xapi/cmi5/context/categories/moveon' };
/** Result extensions of an `answered` statement (IRIs of our own). */
export const DOORWAY_EXT = {
  choice: 'urn:doorway:xapi:ext:choice',
  verdict: 'urn:doorway:xapi:ext:verdict',
  critical: 'urn:doorway:xapi:ext:critical',
  evidence: 'urn:doorway:xapi:ext:competency-evidence',
} as const;
const PROGRESS_STATE = 'urn:doorway:state:progress';

interface LaunchData {
  contextTemplate?: { extensions?: Record<string, unknown>; contextActivities?: Record<string, unknown[]> };
  launchMode?: 'Normal' | 'Browse' | 'Review';
  masteryScore?: number;
  moveOn?: string;
}

/** A v4 UUID from getRandomValues (randomUUID needs a secure context; an LMS may serve over http). */
function uuid(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function duration(ms: number): string {
  return `PT${(Math.max(0, ms) / 1000).toFixed(2)}S`;
}

/**
 * The cmi5 adapter: reads the launch parameters (endpoint, fetch, actor, registration, activityId),
 * fetches the auth token once, reads LMS.LaunchData, sends `initialized`, `answered` per decision,
 * `passed`/`failed` and `completed` (Normal launch mode only), `terminated`; every statement carries the
 * context template (session id), the registration and, for cmi5-defined verbs, the cmi5 category.
 * Progress is kept in the State API. Without launch parameters it falls back to `noLms`.
 *
 * @example
 * const adapter = cmi5Adapter(window, () => Date.now());
 */
export function cmi5Adapter(
  win: Window,
  now: () => number,
  options: { completionOnly?: boolean | undefined } = {},
): LmsAdapter {
  const q = new URLSearchParams(win.location.search);
  const endpoint = q.get('endpoint')?.replace(/\/$/, '');
  const fetchUrl = q.get('fetch');
  const actorText = q.get('actor');
  const registration = q.get('registration');
  const activityId = q.get('activityId');
  if (!endpoint || !fetchUrl || !actorText || !registration || !activityId) {
    return noLms('This package was not launched by a cmi5 LMS: your progress is not recorded.');
  }
  const actor = JSON.parse(actorText) as Record<string, unknown>;
  const startedAt = now();
  let auth = '';
  let launch: LaunchData = {};
  let open = false;
  let finished = false;
  // Statements go out one after another, in order: the LRS must see initialized first, terminated last.
  let queue: Promise<unknown> = Promise.resolve();

  const headers = () => ({
    Authorization: `Basic ${auth}`,
    'X-Experience-API-Version': '1.0.3',
    'Content-Type': 'application/json',
  });
  const stateUrl = (stateId: string) =>
    `${endpoint}/activities/state?${new URLSearchParams({
      stateId,
      activityId,
      agent: JSON.stringify(actor),
      registration,
    })}`;

  const statement = (verb: string, extra: Record<string, unknown> = {}, categories = [CMI5_CATEGORY]) => {
    const template = launch.contextTemplate ?? {};
    const contextActivities = { ...(template.contextActivities ?? {}) };
    if (categories.length > 0)
      contextActivities.category = [...(contextActivities.category ?? []), ...categories];
    return {
      id: uuid(),
      actor,
      verb: VERB(verb),
      object: { id: activityId, objectType: 'Activity' },
      timestamp: new Date(now()).toISOString(),
      ...extra,
      context: {
        ...template,
        registration,
        contextActivities,
        extensions: { ...(template.extensions ?? {}) },
      },
    };
  };
  // Statements not yet handed to the network, oldest first; one request at a time keeps their order.
  const unsent: unknown[] = [];
  let sending = false;
  const post = (body: unknown) =>
    // keepalive: a request under way still reaches the LRS when the learner closes the window.
    fetch(`${endpoint}/statements`, {
      method: 'POST',
      headers: headers(),
      body: JSON.stringify(body),
      keepalive: true,
    });
  const pump = async () => {
    if (sending) return;
    sending = true;
    while (unsent.length > 0) {
      const next = unsent[0];
      await post(next).catch(() => undefined);
      unsent.shift();
    }
    sending = false;
  };
  const send = (body: unknown) => {
    if (!open) return Promise.resolve();
    unsent.push(body);
    queue = pump();
    return queue;
  };

  return {
    problem: undefined,
    async start() {
      try {
        const token = await fetch(fetchUrl, { method: 'POST' }).then(
          (r) => r.json() as Promise<Record<string, string>>,
        );
        auth = token['auth-token'] ?? '';
        if (!auth) return { resume: undefined };
        const data = await fetch(stateUrl('LMS.LaunchData'), { headers: headers() });
        launch = data.ok ? ((await data.json()) as LaunchData) : {};
        open = true;
        await send(statement('initialized'));
        const saved = await fetch(stateUrl(PROGRESS_STATE), { headers: headers() });
        const progress = saved.ok ? ((await saved.json()) as { progress?: string }).progress : undefined;
        return { resume: progress };
      } catch {
        return { resume: undefined };
      }
    },
    async save(progress) {
      if (!open) return;
      await fetch(stateUrl(PROGRESS_STATE), {
        method: 'PUT',
        headers: headers(),
        body: JSON.stringify({ progress }),
      }).catch(() => undefined);
    },
    async decision(d: DecisionRecord) {
      await send(
        statement(
          'answered',
          {
            object: {
              id: `${activityId}/decisions/${encodeURIComponent(d.beatId)}`,
              objectType: 'Activity',
              definition: {
                type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
                interactionType: 'choice',
                ...(d.prompt ? { description: { 'en-US': d.prompt } } : {}),
              },
            },
            result: {
              response: d.choiceId,
              success: d.verdict === 'best',
              extensions: {
                [DOORWAY_EXT.choice]: { id: d.choiceId, text: d.choiceText, index: d.index },
                [DOORWAY_EXT.verdict]: d.verdict,
                [DOORWAY_EXT.critical]: d.critical,
                [DOORWAY_EXT.evidence]: d.evidence,
              },
            },
          },
          // An "allowed" statement: the session's context, but not the cmi5 category.
          [],
        ),
      );
    },
    async finish(report: DebriefReport) {
      if (finished || report.status !== 'ended' || (launch.launchMode ?? 'Normal') !== 'Normal') return;
      finished = true;
      const scaled = Math.round(report.overall) / 100;
      const mastery = launch.masteryScore;
      // The LMS's masteryScore replaces our threshold; the ending and critical errors still count.
      const passed =
        (mastery === undefined ? report.overall >= report.passThreshold : scaled >= mastery) &&
        report.criticalErrors.length === 0 &&
        report.ending?.outcome !== 'negative';
      const result = {
        score: { scaled, raw: Math.round(report.overall), min: 0, max: 100 },
        success: passed,
        duration: duration(now() - startedAt),
      };
      // A course step whose rule is completion (moveOn="Completed"): no passed or failed is sent.
      if (options.completionOnly) {
        await send([
          statement('completed', { result: { completion: true, duration: duration(now() - startedAt) } }, [
            CMI5_CATEGORY,
            MOVEON_CATEGORY,
          ]),
        ]);
        return;
      }
      // One request for both, so the LRS never holds a result without its completion.
      await send([
        statement(
          passed ? 'passed' : 'failed',
          { result },
          passed ? [CMI5_CATEGORY, MOVEON_CATEGORY] : [CMI5_CATEGORY],
        ),
        statement('completed', { result: { completion: true, duration: duration(now() - startedAt) } }, [
          CMI5_CATEGORY,
          MOVEON_CATEGORY,
        ]),
      ]);
    },
    terminate() {
      if (!open) return;
      // Page hide leaves no time to wait: what was not sent yet goes out with `terminated` in one
      // batch (in order), the request under way (if any) finishes on its own thanks to keepalive.
      const rest = unsent.splice(sending ? 1 : 0);
      open = false;
      const last = statement('terminated', { result: { duration: duration(now() - startedAt) } });
      void post([...rest.flat(), last]).catch(() => undefined);
    },
  };
}
