import { describe, expect, it } from 'vitest';
import { hashToken } from '../security/tokens';
import { peopleWorld } from '../testing/people-world';

const P = '/api/orgs/org_default/invites';

describe('invite routes', () => {
  it('a manager makes a cohort join link: the token is shown once and only its hash is stored', async () => {
    const { mia, db, cohortId } = await peopleWorld();
    const res = await mia.send('POST', P, { role: 'trainee', cohortId });
    expect(res.status).toBe(201);
    const { invite, token } = await res.json();
    expect(invite).toMatchObject({
      role: 'trainee',
      cohortId,
      email: null,
      maxUses: null,
      uses: 0,
      status: 'active',
      expiresAt: '2026-01-16T03:04:05.000Z',
      url: `/join/${token}`,
    });
    const row = await db.selectFrom('invites').selectAll().executeTakeFirstOrThrow();
    expect(row.token_hash).toBe(hashToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    const list = await (await mia.send('GET', P)).json();
    expect(list.invites).toHaveLength(1);
    expect(JSON.stringify(list)).not.toContain(token);
    expect(list.invites[0]).not.toHaveProperty('url');
  });

  it('anonymous 401; facilitator 403; other organisation 404; manager may not invite other roles', async () => {
    const { anon, ben, cara, mia, ana } = await peopleWorld();
    const made = await (await ana.send('POST', P, { role: 'manager', maxUses: 1 })).json();
    const cases = [
      [anon(), 'POST', P, { role: 'trainee' }, 401, 'sign_in_required'],
      [anon(), 'GET', P, undefined, 401, 'sign_in_required'],
      [anon(), 'DELETE', `${P}/${made.invite.id}`, undefined, 401, 'sign_in_required'],
      [ben, 'POST', P, { role: 'trainee' }, 403, 'role_required'],
      [ben, 'GET', P, undefined, 403, 'role_required'],
      [ben, 'DELETE', `${P}/${made.invite.id}`, undefined, 403, 'role_required'],
      [cara, 'POST', P, { role: 'trainee' }, 404, 'organisation_not_found'],
      [cara, 'GET', P, undefined, 404, 'organisation_not_found'],
      [cara, 'DELETE', `${P}/${made.invite.id}`, undefined, 404, 'organisation_not_found'],
      [ana, 'DELETE', `/api/orgs/other/invites/${made.invite.id}`, undefined, 404, 'organisation_not_found'],
      [mia, 'POST', P, { role: 'admin' }, 403, 'role_required'],
      [mia, 'POST', P, { role: 'manager' }, 403, 'role_required'],
      // A manager does not see (nor revoke) invites to roles they may not hand out.
      [mia, 'DELETE', `${P}/${made.invite.id}`, undefined, 404, 'invite_not_found'],
    ] as const;
    for (const [c, method, path, body, status, code] of cases) {
      const res = await c.send(method, path, body);
      expect([method, path, res.status, (await res.json()).error.code]).toEqual([method, path, status, code]);
    }
    expect((await (await mia.send('GET', P)).json()).invites).toEqual([]);
    expect((await (await ana.send('GET', P)).json()).invites).toHaveLength(1);
  });

  it('refuses a cohort of another organisation, and a cohort link for a role other than trainee', async () => {
    const { ana, cara, cohortId } = await peopleWorld();
    const other = await cara.send('POST', '/api/orgs/other/invites', { role: 'trainee', cohortId });
    expect([other.status, (await other.json()).error.code]).toEqual([404, 'cohort_not_found']);
    const wrongRole = await ana.send('POST', P, { role: 'manager', cohortId });
    expect([wrongRole.status, (await wrongRole.json()).error.code]).toEqual([400, 'invalid_body']);
    for (const body of [{ role: 'trainee', maxUses: 0 }, { role: 'trainee', expiresInDays: 365 }, {}]) {
      expect((await ana.send('POST', P, body)).status).toBe(400);
    }
  });

  it('revokes: the invite stays listed as revoked and its link stops working', async () => {
    const { mia, anon, cohortId } = await peopleWorld();
    const { invite, token } = await (await mia.send('POST', P, { role: 'trainee', cohortId })).json();
    expect((await anon().send('GET', `/api/join/${token}`)).status).toBe(200);
    const revoked = await mia.send('DELETE', `${P}/${invite.id}`);
    expect(revoked.status).toBe(200);
    expect((await revoked.json()).invite).toMatchObject({ status: 'revoked', revokedAt: expect.any(String) });
    const join = await anon().send('GET', `/api/join/${token}`);
    expect([join.status, (await join.json()).error.code]).toEqual([410, 'invite_revoked']);
    const list = await (await mia.send('GET', `${P}?cohortId=${cohortId}`)).json();
    expect(list.invites.map((i: { status: string }) => i.status)).toEqual(['revoked']);
    expect((await mia.send('DELETE', `${P}/no-such`)).status).toBe(404);
  });
});
