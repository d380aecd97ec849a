import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { fixtureScenario } from './testing/fixture-scenario';
import { choose, startRun } from './testing/run-client';
import { jsonInit, testApp } from './testing/test-app';

// Logs carry ids, routes, statuses and timings; never what the trainee or the people in the scenario say.

describe('structured logs', () => {
  it('log every request as JSON without any scenario or choice text, even at trace level', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(...String(chunk).split('\n').filter(Boolean));
        done();
      },
    });
    const { app } = await testApp({ logger: pino({ level: 'trace' }, sink) });
    const run = await startRun(app, 'coach');
    await choose(app, run, 'greet', 'push');
    await app.request(`/api/runs/${run.id}/rewind`, jsonInit('POST', { toDecision: 0 }, run.bearer));
    await choose(app, run, 'greet', 'ask');
    await choose(app, run, 'close', 'offer');
    await app.request(`/api/runs/${run.id}`, { headers: run.bearer });
    await app.request(`/api/runs/${run.id}/debrief`, { headers: run.bearer });
    await choose(app, run, 'close', 'offer'); // a 409 is logged too

    const entries = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    const requests = entries.filter((e) => e.msg === 'request');
    expect(requests.length).toBeGreaterThanOrEqual(8);
    expect(requests).toContainEqual(
      expect.objectContaining({ method: 'POST', route: '/api/runs/:id/choices', status: 409 }),
    );
    expect(entries).toContainEqual(expect.objectContaining({ msg: 'run started', runId: run.id }));

    const texts: string[] = [];
    for (const phase of Object.values(fixtureScenario.phases))
      for (const beat of Object.values(phase.beats)) {
        for (const line of beat.lines) if (typeof line.text === 'string') texts.push(line.text);
        for (const choice of beat.choices) texts.push(choice.text, choice.feedback);
      }
    for (const ending of Object.values(fixtureScenario.endings)) texts.push(ending.debrief);
    const all = lines.join('\n');
    for (const text of texts) expect(all, text).not.toContain(text);
    expect(all).not.toContain(run.token);
  });
});
