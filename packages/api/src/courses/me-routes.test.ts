import { describe, expect, it } from 'vitest';
import { peopleWorld } from '../testing/people-world';
import { traineeWithData } from './people-fixture';

describe('me routes', () => {
  it('GET /api/me: who I am and my organisations with roles; anonymous 401', async () => {
    const w = await peopleWorld();
    const { tess, tessId } = await traineeWithData(w);
    expect(await (await tess.send('GET', '/api/me')).json()).toEqual({
      user: { id: tessId, name: 'Tess', email: 'tess@example.org' },
      organisations: [{ id: 'org_default', name: 'Default organisation', roles: ['trainee'] }],
    });
    for (const [method, path] of [
      ['GET', '/api/me'],
      ['GET', '/api/me/data'],
      ['DELETE', '/api/me?confirm=true'],
    ] as const) {
      const res = await w.anon().send(method, path);
      expect([path, res.status, (await res.json()).error.code]).toEqual([path, 401, 'sign_in_required']);
    }
  });

  it('GET /api/me/data: my account, enrolment, runs with steps, records; nothing of anyone else', async () => {
    const w = await peopleWorld();
    const { tess, tessId, runId } = await traineeWithData(w);
    const other = await traineeWithData(w, 'uma@example.org');
    const res = await tess.send('GET', '/api/me/data');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('attachment');
    const data = await res.json();
    expect(data.account).toMatchObject({ id: tessId, email: 'tess@example.org', name: 'Tess' });
    expect(data.enrolments).toEqual([
      expect.objectContaining({ cohortId: w.cohortId, courseTitle: 'Onboarding' }),
    ]);
    expect(data.runs).toHaveLength(1);
    expect(data.runs[0]).toMatchObject({ runId, scenarioId: 'tiny', mode: 'practice' });
    expect(data.runs[0].steps).toEqual([
      expect.objectContaining({ seq: 1, step: expect.objectContaining({ kind: 'choice' }) }),
    ]);
    expect(data.completionRecords).toEqual([
      expect.objectContaining({ passed: true, summary: { steps: [] } }),
    ]);
    expect(data.sessions.length).toBeGreaterThan(0);
    const text = JSON.stringify(data);
    expect(text).not.toContain(other.runId);
    expect(text).not.toContain('uma@example.org');
    expect(text).not.toMatch(/token_hash|password/);
  });

  it('DELETE /api/me needs confirm=true, then erases the account, runs, attempts and records', async () => {
    const w = await peopleWorld();
    const { tess, tessId, runId } = await traineeWithData(w);
    const other = await traineeWithData(w, 'uma@example.org');
    const unconfirmed = await tess.send('DELETE', '/api/me');
    expect([unconfirmed.status, (await unconfirmed.json()).error.code]).toEqual([
      409,
      'confirmation_required',
    ]);
    const res = await tess.send('DELETE', '/api/me?confirm=true');
    expect([res.status, await res.json()]).toEqual([200, { erased: true }]);
    expect((await tess.send('GET', '/api/me')).status).toBe(401);
    for (const [table, column, value] of [
      ['users', 'id', tessId],
      ['memberships', 'user_id', tessId],
      ['enrolments', 'user_id', tessId],
      ['completion_records', 'user_id', tessId],
      ['user_sessions', 'user_id', tessId],
      ['runs', 'id', runId],
      ['run_steps', 'run_id', runId],
      ['course_attempts', 'run_id', runId],
    ] as const) {
      const rows = await w.db
        .selectFrom(table)
        .selectAll()
        .where(column as never, '=', value as never)
        .execute();
      expect([table, rows.length]).toEqual([table, 0]);
    }
    // The other trainee's data is untouched.
    expect(await w.db.selectFrom('runs').select('id').where('id', '=', other.runId).execute()).toHaveLength(
      1,
    );
    expect((await w.signIn('tess@example.org').catch(() => 'gone')) === 'gone').toBe(true);
  });

  it('the only admin of an organisation cannot erase themselves', async () => {
    const { ana } = await peopleWorld();
    const res = await ana.send('DELETE', '/api/me?confirm=true');
    expect([res.status, (await res.json()).error.code]).toEqual([409, 'last_admin']);
    expect((await ana.send('GET', '/api/me')).status).toBe(200);
  });
});
