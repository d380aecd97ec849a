import type { Storage } from '@doorway/api';
import { type TestApp, testApp } from '@doorway/api/testing';

// The world the every-route fuzzer plays in: a real app over real storage, a signed-in first account
// (admin, manager and facilitator of the default organisation, given the author role too), and the ids of
// things that exist, so a seeded request can reach a route's inner code rather than its 404.
// Ids are learnt from every successful response as well, so routes added later feed the fuzzer by themselves.

export type FuzzWorld = {
  app: TestApp;
  /** Real values per path parameter or body field name (`id`, `courseId`, `token`, ...). */
  known: Record<string, string[]>;
  /** The admin's session cookie (`name=value`). */
  adminCookie: () => string;
  runTokens: string[];
  /** Runs with their tokens, so a run's holder can call its own run's routes. */
  runs: { id: string; token: string }[];
  /** Signs the admin in again if a fuzzed request signed them out; false once the account is gone. */
  refresh: () => Promise<boolean>;
  learn: (body: unknown) => void;
};

const email = 'fuzz-admin@example.org';
const password = 'a long pass phrase here';

/**
 * Builds the fuzz world over `storage`.
 *
 * @example
 * const world = await fuzzWorld(openSqliteStorage(':memory:'));
 * await world.app.request('/api/orgs', { headers: { cookie: world.adminCookie() } });
 */
export async function fuzzWorld(storage: Storage): Promise<FuzzWorld> {
  const { app } = await testApp({
    storage,
    rateLimit: { max: 0, windowMs: 60_000 },
    workshopLimits: { login: { max: 100_000, windowMs: 60_000 } },
  });
  const known: Record<string, string[]> = {
    orgId: ['org_default'],
    scenarioId: ['tiny'],
    choiceId: ['ask', 'push', 'wait', 'offer', 'decide'],
    beatId: ['greet', 'close'],
    roles: ['admin', 'manager', 'facilitator', 'author', 'trainee'],
    // The API reference page's assets (GET /api/docs/assets/{name}).
    name: ['init.js', 'swagger-ui.css'],
  };
  const runTokens: string[] = [];
  const runs: { id: string; token: string }[] = [];
  let cookie = '';
  const add = (key: string, value: string) => {
    const list = known[key] ?? [];
    if (!list.includes(value) && list.length < 12) list.push(value);
    known[key] = list;
  };
  const learn = (body: unknown, parent = '') => {
    if (Array.isArray(body)) {
      for (const item of body.slice(0, 5)) learn(item, parent.replace(/s$/, ''));
      return;
    }
    if (typeof body !== 'object' || body === null) return;
    const started = body as { run?: { id?: unknown }; runToken?: unknown };
    if (typeof started.run?.id === 'string' && typeof started.runToken === 'string' && runs.length < 12)
      runs.push({ id: started.run.id, token: started.runToken });
    for (const [key, value] of Object.entries(body)) {
      if (typeof value === 'string' && value.length < 200) {
        if (key === 'id' && parent) {
          add('id', value);
          add(`${parent}Id`, value);
          if (parent === 'user' || parent === 'member' || parent === 'trainee') add('userIds', value);
        } else if (/^(token|code|runToken)$/.test(key) || /Id$/.test(key)) {
          add(key, value);
          if (key === 'runToken') runTokens.push(value);
        }
      } else learn(value, key);
    }
  };
  const send = async (method: string, path: string, body?: unknown) => {
    const res = await app.request(path, {
      method,
      headers: { 'content-type': 'application/json', cookie },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    for (const set of res.headers.getSetCookie())
      if (set.includes('doorway_session=')) cookie = set.split(';')[0] ?? cookie;
    const json: unknown = (res.headers.get('content-type') ?? '').includes('json') ? await res.json() : null;
    if (res.ok) learn(json);
    return { ok: res.ok, json };
  };

  await send('POST', '/api/auth/setup', { email, name: 'Fuzz Admin', password });
  const me = (await send('GET', '/api/auth/status')).json as { user?: { id?: string } };
  if (me.user?.id) {
    add('userId', me.user.id);
    await send('POST', `/api/orgs/org_default/members/${me.user.id}/roles`, {
      roles: ['admin', 'manager', 'facilitator', 'author'],
    });
  }
  // Best effort: a run, a room, a course with a cohort, a draft. A route that changed shape only makes
  // the world smaller; the fuzzer's reach check says so.
  await send('POST', '/api/runs', { scenarioId: 'tiny', mode: 'coach' });
  await send('POST', '/api/runs', { scenarioId: 'tiny', mode: 'practice' });
  await send('POST', '/api/rooms', { scenarioId: 'tiny' });
  await send('POST', '/api/orgs/org_default/courses', {
    title: 'Fuzz course',
    steps: [{ kind: 'scenario', scenarioId: 'tiny', mode: 'practice' }],
  });
  for (const courseId of known.courseId ?? [])
    await send('POST', '/api/orgs/org_default/cohorts', { name: 'Fuzz cohort', courseId });
  // Progress on that course (the admin enrolled, a course run started and finished), so the progress routes
  // have data and deleting the course takes `confirm=true` instead of happening in the first round.
  for (const cohortId of known.cohortId ?? [])
    await send('POST', `/api/orgs/org_default/cohorts/${cohortId}/enrolments`, {
      userIds: known.userId ?? [],
    });
  for (const courseId of known.courseId ?? [])
    for (const stepId of known.stepId ?? []) {
      const started = await send('POST', `/api/me/courses/${courseId}/steps/${stepId}/runs`);
      const run = started.json as { run?: { id?: string }; runToken?: string } | null;
      const token = { authorization: `Bearer ${run?.runToken ?? ''}` };
      for (const [beatId, choiceId] of [
        ['greet', 'ask'],
        ['close', 'offer'],
      ])
        await app.request(`/api/runs/${run?.run?.id}/choices`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...token },
          body: JSON.stringify({ beatId, choiceId, requestId: `fuzz-${beatId}` }),
        });
    }
  await send('POST', '/api/orgs/org_default/drafts', { from: 'template', id: 'fuzz-draft' });
  // A cohort join link (its token is learnt) and a trainee who joined through it, so the join and
  // sign-in-link routes have real tokens and people to work on.
  for (const cohortId of known.cohortId ?? []) {
    const invite = await send('POST', '/api/orgs/org_default/invites', { role: 'trainee', cohortId });
    const token = (invite.json as { token?: string } | null)?.token;
    if (token) {
      const res = await app.request(`/api/join/${token}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Fuzz Trainee', email: 'fuzz-trainee@example.org', password }),
      });
      if (res.ok) learn(await res.json());
    }
  }

  const refresh = async () => {
    const status = (await send('GET', '/api/auth/status')).json as { user?: unknown };
    if (status.user) return true;
    return (await send('POST', '/api/auth/login', { email, password })).ok;
  };
  return { app, known, adminCookie: () => cookie, runTokens, runs, refresh, learn: (body) => learn(body) };
}
