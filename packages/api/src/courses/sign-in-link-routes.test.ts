import { describe, expect, it } from 'vitest';
import { peopleWorld } from '../testing/people-world';
import { createSignInLink } from './sign-in-link-store';

const P = '/api/orgs/org_default/invites';

async function withTrainee() {
  const w = await peopleWorld();
  const { token } = await (await w.mia.send('POST', P, { role: 'trainee', cohortId: w.cohortId })).json();
  const joined = await w.anon().send('POST', `/api/join/${token}`, {
    name: 'Tess',
    email: 'tess@example.org',
    password: 'a long pass phrase',
  });
  return { ...w, tessId: (await joined.json()).user.id as string };
}

describe('sign-in link routes', () => {
  it('a manager hands a trainee a one-time link: it signs in once, then 410 sign_in_link_used', async () => {
    const { mia, anon, tessId } = await withTrainee();
    const res = await mia.send('POST', `/api/orgs/org_default/members/${tessId}/sign-in-link`);
    expect(res.status).toBe(201);
    const { url, expiresAt } = await res.json();
    expect(url).toMatch(/^\/sign-in\/[\w-]{43}$/);
    expect(expiresAt).toBe('2026-01-09T03:04:05.000Z');
    const tablet = anon();
    const used = await tablet.send('POST', `/api${url}`);
    expect(used.status).toBe(200);
    expect((await used.json()).user).toEqual({ id: tessId, name: 'Tess', email: 'tess@example.org' });
    expect((await tablet.send('GET', '/api/orgs')).status).toBe(200);
    const again = await anon().send('POST', `/api${url}`);
    expect([again.status, (await again.json()).error.code]).toEqual([410, 'sign_in_link_used']);
  });

  it('the optional body is checked by the declaration: none or blank takes 7 days, a wrong one is refused', async () => {
    const { mia, tessId } = await withTrainee();
    const path = `/api/orgs/org_default/members/${tessId}/sign-in-link`;
    const blank = await mia.send('POST', path, '  ');
    expect([blank.status, (await blank.json()).expiresAt]).toEqual([201, '2026-01-09T03:04:05.000Z']);
    const two = await mia.send('POST', path, { expiresInDays: 2 });
    expect((await two.json()).expiresAt).toBe('2026-01-04T03:04:05.000Z');
    const broken = await mia.send('POST', path, '{"expiresInDays":');
    expect([broken.status, (await broken.json()).error.code]).toEqual([400, 'malformed_json']);
    const tooLong = await mia.send('POST', path, { expiresInDays: 99 });
    const refused = await tooLong.json();
    expect([tooLong.status, refused.error.code]).toEqual([400, 'invalid_body']);
    expect(refused.error.message).toContain('expiresInDays');
    const typo = await (await mia.send('POST', path, { expiresInDay: 2 })).json();
    expect(typo.error.message).toContain('did you mean `expiresInDays`?');
  });

  it('expired and unknown links are refused; a newer link replaces an unused older one', async () => {
    const { mia, anon, db, deps, tessId } = await withTrainee();
    const old = await createSignInLink(
      db,
      { userId: tessId, organisationId: 'org_default', expiresInDays: 1 },
      new Date('2025-12-01T00:00:00Z'),
      deps.random,
    );
    const expired = await anon().send('POST', `/api/sign-in/${old.token}`);
    expect([expired.status, (await expired.json()).error.code]).toEqual([410, 'sign_in_link_expired']);
    const unknown = await anon().send('POST', '/api/sign-in/nope');
    expect([unknown.status, (await unknown.json()).error.code]).toEqual([404, 'sign_in_link_not_found']);
    const first = await (
      await mia.send('POST', `/api/orgs/org_default/members/${tessId}/sign-in-link`)
    ).json();
    await mia.send('POST', `/api/orgs/org_default/members/${tessId}/sign-in-link`, { expiresInDays: 2 });
    expect((await anon().send('POST', `/api${first.url}`)).status).toBe(404);
  });

  it('authorization: anonymous, facilitator, other organisation, trainee, and who a link may be for', async () => {
    const { ana, mia, ben, cara, anon, tessId, signIn, db } = await withTrainee();
    const anaId = (
      await db
        .selectFrom('users')
        .select('id')
        .where('email', '=', 'ana@example.org')
        .executeTakeFirstOrThrow()
    ).id;
    const tess = await signIn('tess@example.org');
    const link = (userId: string) => `/api/orgs/org_default/members/${userId}/sign-in-link`;
    for (const [c, path, status, code] of [
      [anon(), link(tessId), 401, 'sign_in_required'],
      [ben, link(tessId), 403, 'role_required'],
      [tess, link(tessId), 403, 'role_required'],
      [cara, link(tessId), 404, 'organisation_not_found'],
      [cara, `/api/orgs/other/members/${tessId}/sign-in-link`, 404, 'member_not_found'],
      [ana, link('cara'), 404, 'member_not_found'],
      // A manager may hand out links for trainees only; nobody for an admin (or themselves).
      [mia, link('ben'), 403, 'sign_in_link_not_allowed'],
      [mia, link(anaId), 403, 'sign_in_link_not_allowed'],
      [ana, link(anaId), 403, 'sign_in_link_not_allowed'],
    ] as const) {
      const res = await c.send('POST', path);
      expect([path, res.status, (await res.json()).error.code]).toEqual([path, status, code]);
    }
    expect((await ana.send('POST', link('ben'))).status).toBe(201);
  });
});
