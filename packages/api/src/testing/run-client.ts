import { jsonInit, type TestApp } from './test-app';

type App = TestApp;

/**
 * Starts a run through the app and returns what a client keeps: id, token, cookie header and first view.
 *
 * @example
 * const run = await startRun(app, 'coach');
 * await app.request(`/api/runs/${run.id}`, { headers: run.cookieHeader });
 */
export async function startRun(app: App, mode: 'coach' | 'practice' | 'assessment', scenarioId = 'tiny') {
  const res = await app.request('/api/runs', jsonInit('POST', { scenarioId, mode }));
  if (res.status !== 201) throw new Error(`start failed: ${res.status} ${await res.text()}`);
  const body = await res.json();
  const setCookie = res.headers.get('set-cookie') ?? '';
  const cookie = setCookie.split(';')[0] ?? '';
  return {
    id: body.run.id as string,
    token: body.runToken as string,
    body,
    setCookie,
    cookieHeader: { cookie },
    bearer: { authorization: `Bearer ${body.runToken}` },
  };
}

/** Posts a choice with the bearer token (or the given headers). */
export function choose(
  app: App,
  run: { id: string; bearer: Record<string, string> },
  beatId: string,
  choiceId: string,
  requestId: string = crypto.randomUUID(),
  headers: Record<string, string> = run.bearer,
) {
  return app.request(
    `/api/runs/${run.id}/choices`,
    jsonInit('POST', { beatId, choiceId, requestId }, headers),
  );
}
