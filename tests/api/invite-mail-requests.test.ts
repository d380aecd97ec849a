import { afterEach, describe, expect, it } from 'vitest';
import { testDatabases } from '../support/databases';
import { closeMailWorlds, invite, mailWorld } from './invite-mail-world';

// Mailed invites: a server without SMTP settings, the checks of the body and the invite, and who may mail or
// resend (SQLite; the deliveries themselves on both databases are in invite-mail.test.ts).

const databases = await testDatabases('doorway_mail_requests', { sqlite: 'file' });
afterEach(closeMailWorlds);

describe('invite mail: off, bad requests and who may', () => {
  const open = databases[0]?.[1];
  if (!open) throw new Error('no database');

  it('without SMTP settings nothing is mailed: 409 mail_not_configured, and the status says off', async () => {
    const w = await mailWorld(open, false);
    expect(await (await w.mia.send('GET', '/api/orgs/org_default/invite-mail')).json()).toEqual({
      enabled: false,
    });
    const refused = await invite(w.mia, { role: 'trainee', email: 'x@example.org', mail: { lang: 'en' } });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('mail_not_configured');
    const plain = await invite(w.mia, { role: 'trainee', email: 'x@example.org' });
    expect(plain.status).toBe(201);
    expect(plain.body.invite.delivery).toBeNull();
    const resend = await w.mia.send('POST', `/api/orgs/org_default/invites/${plain.body.invite.id}/resend`);
    expect(resend.status).toBe(409);
    expect(await w.db.selectFrom('mail_outbox').selectAll().execute()).toEqual([]);
  });

  it('checks the body and the invite: address required, open invites only, one with an address', async () => {
    const w = await mailWorld(open);
    expect(await (await w.mia.send('GET', '/api/orgs/org_default/invite-mail')).json()).toEqual({
      enabled: true,
    });
    const noAddress = await invite(w.mia, { role: 'trainee', mail: { lang: 'en' } });
    expect(noAddress.status).toBe(400);
    expect(noAddress.body.error.code).toBe('invalid_body');
    expect(
      (await invite(w.mia, { role: 'trainee', email: 'x@example.org', mail: { lang: 'fr' } })).status,
    ).toBe(400);
    expect((await invite(w.mia, { role: 'trainee', email: 'no-at-sign', mail: { lang: 'en' } })).status).toBe(
      400,
    );
    const link = await invite(w.mia, { role: 'trainee', cohortId: w.cohortId });
    const noEmail = await w.mia.send('POST', `/api/orgs/org_default/invites/${link.body.invite.id}/resend`);
    expect(noEmail.status).toBe(409);
    expect((await noEmail.json()).error.code).toBe('invite_has_no_email');
    const mailed = await invite(w.mia, { role: 'trainee', email: 'y@example.org', mail: { lang: 'en' } });
    await w.mia.send('DELETE', `/api/orgs/org_default/invites/${mailed.body.invite.id}`);
    const gone = await w.mia.send('POST', `/api/orgs/org_default/invites/${mailed.body.invite.id}/resend`);
    expect(gone.status).toBe(410);
    expect((await gone.json()).error.code).toBe('invite_revoked');
    const badBody = await w.mia.send(
      'POST',
      `/api/orgs/org_default/invites/${mailed.body.invite.id}/resend`,
      {
        lang: 'de',
      },
    );
    expect(badBody.status).toBe(400);
  });

  it('only admins and managers of that organisation; a manager only for trainee invites', async () => {
    const w = await mailWorld(open);
    const mine = await invite(w.mia, { role: 'trainee', email: 't@example.org', mail: { lang: 'en' } });
    const adminOnly = await invite(w.ana, { role: 'author', email: 'a@example.org', mail: { lang: 'en' } });
    expect(adminOnly.status).toBe(201);
    const resend = (c: { send: (m: string, p: string, b?: unknown) => Promise<Response> }, id: string) =>
      c.send('POST', `/api/orgs/org_default/invites/${id}/resend`, {});
    expect((await w.anon().send('GET', '/api/orgs/org_default/invite-mail')).status).toBe(401);
    expect((await resend(w.anon(), mine.body.invite.id)).status).toBe(401);
    expect((await w.ben.send('GET', '/api/orgs/org_default/invite-mail')).status).toBe(403);
    expect((await resend(w.ben, mine.body.invite.id)).status).toBe(403);
    expect(
      (await invite(w.ben, { role: 'trainee', email: 'b@example.org', mail: { lang: 'en' } })).status,
    ).toBe(403);
    expect((await w.cara.send('GET', '/api/orgs/org_default/invite-mail')).status).toBe(404);
    expect((await resend(w.cara, mine.body.invite.id)).status).toBe(404);
    expect(
      (await w.cara.send('POST', `/api/orgs/other/invites/${mine.body.invite.id}/resend`, {})).status,
    ).toBe(404);
    expect((await resend(w.mia, adminOnly.body.invite.id)).status).toBe(404);
    expect((await resend(w.ana, adminOnly.body.invite.id)).status).toBe(200);
    expect((await resend(w.mia, 'no such id!')).status).toBe(404);
    // A trainee of the organisation is not a manager.
    const joined = await w
      .anon()
      .send('POST', `/api/join/${(await invite(w.mia, { role: 'trainee' })).body.token}`, {
        name: 'Tess',
        email: 'tess@example.org',
        password: 'a long pass phrase',
      });
    expect(joined.status).toBe(200);
    const tess = await w.signIn('tess@example.org');
    expect((await tess.send('GET', '/api/orgs/org_default/invite-mail')).status).toBe(403);
    expect((await resend(tess, mine.body.invite.id)).status).toBe(403);
    // A manager does not see admin-only invites' deliveries.
    const seen = await (await w.mia.send('GET', '/api/orgs/org_default/invites')).json();
    expect(seen.invites.map((i: { id: string }) => i.id)).not.toContain(adminOnly.body.invite.id);
  });
});
