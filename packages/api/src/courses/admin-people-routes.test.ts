import { describe, expect, it } from 'vitest';
import { peopleWorld } from '../testing/people-world';
import { traineeWithData } from './people-fixture';

const S = '/api/orgs/org_default/settings';

describe('admin people routes', () => {
  it('settings: admin reads and sets retentionDays; manager reads; others refused', async () => {
    const { ana, mia, ben, cara, anon } = await peopleWorld();
    expect(await (await mia.send('GET', S)).json()).toEqual({
      settings: { id: 'org_default', name: 'Default organisation', retentionDays: null },
    });
    const set = await ana.send('PATCH', S, { retentionDays: 365 });
    expect([set.status, (await set.json()).settings.retentionDays]).toEqual([200, 365]);
    for (const [c, method, status, code] of [
      [mia, 'PATCH', 403, 'role_required'],
      [ben, 'GET', 403, 'role_required'],
      [cara, 'GET', 404, 'organisation_not_found'],
      [cara, 'PATCH', 404, 'organisation_not_found'],
      [anon(), 'GET', 401, 'sign_in_required'],
      [anon(), 'PATCH', 401, 'sign_in_required'],
    ] as const) {
      const res = await c.send(method, S, method === 'PATCH' ? { retentionDays: 1 } : undefined);
      expect([method, res.status, (await res.json()).error.code]).toEqual([method, status, code]);
    }
    for (const bad of [{ retentionDays: 0 }, { retentionDays: 'x' }, {}])
      expect((await ana.send('PATCH', S, bad)).status).toBe(400);
    expect((await (await ana.send('PATCH', S, { retentionDays: null })).json()).settings.retentionDays).toBe(
      null,
    );
  });

  it('an admin erases a trainee (erase=true): account, runs, attempts and records are gone', async () => {
    const w = await peopleWorld();
    const { tessId, runId } = await traineeWithData(w);
    const path = `/api/orgs/org_default/members/${tessId}`;
    const unconfirmed = await w.ana.send('DELETE', path);
    expect([unconfirmed.status, (await unconfirmed.json()).error.code]).toEqual([
      409,
      'confirmation_required',
    ]);
    for (const [c, status, code] of [
      [w.anon(), 401, 'sign_in_required'],
      [w.mia, 403, 'role_required'],
      [w.cara, 404, 'organisation_not_found'],
    ] as const) {
      const res = await c.send('DELETE', `${path}?erase=true`);
      expect([res.status, (await res.json()).error.code]).toEqual([status, code]);
    }
    const cross = await w.cara.send('DELETE', `/api/orgs/other/members/${tessId}?erase=true`);
    expect([cross.status, (await cross.json()).error.code]).toEqual([404, 'member_not_found']);
    const res = await w.ana.send('DELETE', `${path}?erase=true`);
    expect([res.status, await res.json()]).toEqual([200, { erased: true, account: 'deleted' }]);
    expect(await w.db.selectFrom('users').select('id').where('id', '=', tessId).execute()).toEqual([]);
    expect(await w.db.selectFrom('runs').select('id').where('id', '=', runId).execute()).toEqual([]);
    expect(
      await w.db.selectFrom('completion_records').select('id').where('user_id', '=', tessId).execute(),
    ).toEqual([]);
  });

  it('someone who also belongs to another organisation keeps the account; only this organisation forgets them', async () => {
    const w = await peopleWorld();
    const { tessId, runId } = await traineeWithData(w);
    await w.db
      .insertInto('memberships')
      .values({
        organisation_id: 'other',
        user_id: tessId,
        role: 'trainee',
        created_at: w.deps.now().toISOString(),
      })
      .execute();
    const res = await w.ana.send('DELETE', `/api/orgs/org_default/members/${tessId}?erase=true`);
    expect(await res.json()).toEqual({ erased: true, account: 'kept' });
    const left = await w.db
      .selectFrom('memberships')
      .select('organisation_id')
      .where('user_id', '=', tessId)
      .execute();
    expect(left).toEqual([{ organisation_id: 'other' }]);
    expect(await w.db.selectFrom('runs').select('id').where('id', '=', runId).execute()).toEqual([]);
    expect(await w.db.selectFrom('enrolments').select('id').where('user_id', '=', tessId).execute()).toEqual(
      [],
    );
  });

  it('an admin cannot erase themselves here', async () => {
    const { ana, db } = await peopleWorld();
    const anaId = (
      await db
        .selectFrom('users')
        .select('id')
        .where('email', '=', 'ana@example.org')
        .executeTakeFirstOrThrow()
    ).id;
    const res = await ana.send('DELETE', `/api/orgs/org_default/members/${anaId}?erase=true`);
    expect([res.status, (await res.json()).error.code]).toEqual([409, 'cannot_erase_self']);
  });
});
