import { describe, expect, it } from 'vitest';
import { peopleWorld } from '../testing/people-world';
import { createInvite } from './invite-store';

const P = '/api/orgs/org_default/invites';
const newPerson = { name: 'Tess', email: 'tess@example.org', password: 'a long pass phrase' };

describe('join routes', () => {
  it('a new person joins through a cohort link: account, trainee role, enrolment, signed in', async () => {
    const { mia, anon, db, cohortId } = await peopleWorld();
    const { token } = await (await mia.send('POST', P, { role: 'trainee', cohortId })).json();
    const tess = anon();
    const info = await tess.send('GET', `/api/join/${token}`);
    expect(await info.json()).toEqual({
      join: {
        organisation: { id: 'org_default', name: 'Default organisation' },
        role: 'trainee',
        cohort: { id: cohortId, name: 'May', courseTitle: 'Onboarding' },
        email: null,
        expiresAt: '2026-01-16T03:04:05.000Z',
      },
    });
    const joined = await tess.send('POST', `/api/join/${token}`, newPerson);
    expect(joined.status).toBe(200);
    const body = await joined.json();
    expect(body).toMatchObject({ user: { name: 'Tess' }, organisationId: 'org_default', cohortId });
    const orgs = await (await tess.send('GET', '/api/orgs')).json();
    expect(orgs.organisations).toEqual([
      { id: 'org_default', name: 'Default organisation', roles: ['trainee'] },
    ]);
    const enrolments = await db.selectFrom('enrolments').selectAll().execute();
    expect(enrolments.map((e) => [e.cohort_id, e.user_id])).toEqual([[cohortId, body.user.id]]);
    // Joining again signed in changes nothing and counts no use.
    const again = await tess.send('POST', `/api/join/${token}`, {});
    expect(again.status).toBe(200);
    expect(await db.selectFrom('enrolments').selectAll().execute()).toHaveLength(1);
    expect((await (await mia.send('GET', P)).json()).invites[0].uses).toBe(1);
  });

  it('a signed-in member joins with {}; anonymous {} is 401; a taken e-mail is 409 and counts no use', async () => {
    const { mia, ben, anon, cohortId, db } = await peopleWorld();
    const { token } = await (await mia.send('POST', P, { role: 'trainee', cohortId, maxUses: 1 })).json();
    const nobody = await anon().send('POST', `/api/join/${token}`, {});
    expect([nobody.status, (await nobody.json()).error.code]).toEqual([401, 'sign_in_required']);
    const taken = await anon().send('POST', `/api/join/${token}`, { ...newPerson, email: 'BEN@example.org' });
    expect([taken.status, (await taken.json()).error.code]).toEqual([409, 'email_taken']);
    const weak = await anon().send('POST', `/api/join/${token}`, { ...newPerson, password: 'short' });
    expect([weak.status, (await weak.json()).error.code]).toEqual([400, 'weak_password']);
    const joined = await ben.send('POST', `/api/join/${token}`, {});
    expect(joined.status).toBe(200);
    const roles = await db.selectFrom('memberships').select('role').where('user_id', '=', 'ben').execute();
    expect(roles.map((r) => r.role).sort()).toEqual(['facilitator', 'trainee']);
    const full = await anon().send('POST', `/api/join/${token}`, newPerson);
    expect([full.status, (await full.json()).error.code]).toEqual([410, 'invite_used_up']);
    expect(
      await db.selectFrom('users').select('id').where('email', '=', 'tess@example.org').execute(),
    ).toEqual([]);
  });

  it('expired, revoked, used-up and unknown links are refused on GET and POST', async () => {
    const { mia, ana, anon, db, deps } = await peopleWorld();
    const old = await createInvite(
      db,
      { organisationId: 'org_default', role: 'trainee', expiresInDays: 1 },
      new Date('2025-12-01T00:00:00Z'),
      deps.random,
    );
    const revoked = await (await mia.send('POST', P, { role: 'trainee' })).json();
    await mia.send('DELETE', `${P}/${revoked.invite.id}`);
    const once = await (await ana.send('POST', P, { role: 'facilitator', maxUses: 1 })).json();
    expect((await anon().send('POST', `/api/join/${once.token}`, newPerson)).status).toBe(200);
    for (const [token, status, code] of [
      [old.token, 410, 'invite_expired'],
      [revoked.token, 410, 'invite_revoked'],
      [once.token, 410, 'invite_used_up'],
      ['no-such-token', 404, 'invite_not_found'],
    ] as const) {
      for (const method of ['GET', 'POST'] as const) {
        const res = await anon().send(
          method,
          `/api/join/${token}`,
          method === 'POST' ? { ...newPerson, email: 'x@example.org' } : undefined,
        );
        expect([method, res.status, (await res.json()).error.code]).toEqual([method, status, code]);
      }
    }
  });

  it('an invite for one e-mail admits only that address; an organisation invite gives the role there only', async () => {
    const { ana, anon, db } = await peopleWorld();
    const { token } = await (
      await ana.send('POST', P, { role: 'manager', email: 'Tess@Example.org' })
    ).json();
    const wrong = await anon().send('POST', `/api/join/${token}`, {
      ...newPerson,
      email: 'other@example.org',
    });
    expect([wrong.status, (await wrong.json()).error.code]).toEqual([403, 'invite_email_mismatch']);
    expect((await anon().send('POST', `/api/join/${token}`, newPerson)).status).toBe(200);
    const tess = await db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'tess@example.org')
      .executeTakeFirstOrThrow();
    const rows = await db.selectFrom('memberships').selectAll().where('user_id', '=', tess.id).execute();
    expect(rows.map((r) => [r.organisation_id, r.role])).toEqual([['org_default', 'manager']]);
  });
});
