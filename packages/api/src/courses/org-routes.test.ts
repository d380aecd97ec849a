import { describe, expect, it } from 'vitest';
import { jsonInit, testApp } from '../testing/test-app';
import { world } from './org-test-world';

describe('organisation routes', () => {
  it('anonymous callers get 401 sign_in_required on every route', async () => {
    const { app } = await testApp();
    for (const [method, path, body] of [
      ['GET', '/api/orgs'],
      ['GET', '/api/orgs/org_default/members'],
      ['POST', '/api/orgs/org_default/members/x/roles', { roles: [] }],
    ] as const) {
      const res = await app.request(path, body ? jsonInit(method, body) : { method });
      expect(res.status).toBe(401);
      expect((await res.json()).error.code).toBe('sign_in_required');
    }
  });

  it('lists my organisations with my roles; the first account administers the default one', async () => {
    const { ana, benC, caraC } = await world();
    expect((await (await ana.send('GET', '/api/orgs')).json()).organisations).toEqual([
      { id: 'org_default', name: 'Default organisation', roles: ['admin', 'manager', 'facilitator'] },
    ]);
    expect((await (await benC.send('GET', '/api/orgs')).json()).organisations[0].roles).toEqual([
      'facilitator',
    ]);
    expect((await (await caraC.send('GET', '/api/orgs')).json()).organisations).toEqual([
      { id: 'other', name: 'Other', roles: ['admin'] },
    ]);
  });

  it('members: admin or manager only; another organisation is 404 for everyone outside it', async () => {
    const { ana, benC, caraC } = await world();
    const list = await ana.send('GET', '/api/orgs/org_default/members');
    expect(list.status).toBe(200);
    expect((await list.json()).members.map((m: { id: string }) => m.id)).toHaveLength(2);
    const ben = await benC.send('GET', '/api/orgs/org_default/members');
    expect([ben.status, (await ben.json()).error.code]).toEqual([403, 'role_required']);
    for (const [c, path] of [
      [caraC, '/api/orgs/org_default/members'],
      [ana, '/api/orgs/other/members'],
      [ana, '/api/orgs/no-such-org/members'],
      [ana, '/api/orgs/bad%20id%3B/members'],
    ] as const) {
      const res = await c.send('GET', path);
      expect([res.status, (await res.json()).error.code]).toEqual([404, 'organisation_not_found']);
    }
  });

  it('an admin sets roles; a manager may then list people; nobody else may change roles', async () => {
    const { ana, benC, caraC } = await world();
    const set = await ana.send('POST', '/api/orgs/org_default/members/ben/roles', {
      roles: ['manager', 'facilitator'],
    });
    expect(set.status).toBe(200);
    expect((await set.json()).member).toEqual({ id: 'ben', roles: ['manager', 'facilitator'] });
    expect((await benC.send('GET', '/api/orgs/org_default/members')).status).toBe(200);
    const byManager = await benC.send('POST', '/api/orgs/org_default/members/ben/roles', {
      roles: ['admin'],
    });
    expect([byManager.status, (await byManager.json()).error.code]).toEqual([403, 'role_required']);
    const byOutsider = await caraC.send('POST', '/api/orgs/org_default/members/ben/roles', { roles: [] });
    expect(byOutsider.status).toBe(404);
    const cross = await ana.send('POST', '/api/orgs/org_default/members/cara/roles', { roles: ['trainee'] });
    expect([cross.status, (await cross.json()).error.code]).toEqual([404, 'member_not_found']);
  });

  it('refuses bad bodies and an admin removing their own admin role, never a 500', async () => {
    const { ana } = await world();
    for (const body of [{ roles: ['owner'] }, { roles: 'admin' }, {}, { roles: [], extra: 1 }]) {
      const res = await ana.send('POST', '/api/orgs/org_default/members/ben/roles', body);
      expect(res.status).toBe(400);
    }
    const me = (await (await ana.send('GET', '/api/orgs/org_default/members')).json()).members.find(
      (m: { name: string }) => m.name === 'Ana',
    );
    const res = await ana.send('POST', `/api/orgs/org_default/members/${me.id}/roles`, {
      roles: ['manager'],
    });
    expect([res.status, (await res.json()).error.code]).toEqual([409, 'cannot_remove_own_admin']);
    const removed = await ana.send('POST', '/api/orgs/org_default/members/ben/roles', { roles: [] });
    expect(removed.status).toBe(200);
    expect((await (await ana.send('GET', '/api/orgs/org_default/members')).json()).members).toHaveLength(1);
  });
});
