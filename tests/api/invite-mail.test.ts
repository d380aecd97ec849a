import { createLogger, smtpSender, startMailWorker } from '@doorway/api';
import { peopleWorld } from '@doorway/api/testing/people';
import { afterEach, describe, expect, it } from 'vitest';
import { testDatabases } from '../support/databases';
import { readMail, startSmtpServer } from '../support/smtp-server';

// Mailed invites end to end in one process: the real app (app.request), real storage on SQLite and PostgreSQL,
// the real mail worker with nodemailer, and a real SMTP server on loopback that accepts, refuses (550) or is down.

const databases = await testDatabases('doorway_mail', { sqlite: 'file' });
const PUBLIC = 'https://doorway.test';

const until = async (what: string, done: () => boolean | Promise<boolean>, ms = 20_000) => {
  const deadline = Date.now() + ms;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
};

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const clean of cleanups.splice(0).reverse()) await clean();
});

async function mailWorld(open: () => ReturnType<(typeof databases)[number][1]>, mailInvites = true) {
  const smtp = await startSmtpServer({ user: 'doorway', pass: 's3cr:et' });
  const w = await peopleWorld({ storage: open(), mailInvites, publicUrl: PUBLIC, now: () => new Date() });
  const worker = startMailWorker({
    db: w.db,
    dialect: w.storage.dialect,
    logger: createLogger('silent'),
    send: smtpSender(
      `smtp://doorway:${encodeURIComponent('s3cr:et')}@127.0.0.1:${smtp.port}`,
      'Doorway <doorway@example.org>',
      { timeoutMs: 5000 },
    ),
    maxAttempts: 3,
    pollMs: 20,
    backoffBaseMs: 20,
    backoffMaxMs: 80,
  });
  cleanups.push(
    () => w.storage.close(),
    () => smtp.close(),
    () => worker.stop(),
  );
  const delivery = async (inviteId: string) => {
    const list = await (await w.mia.send('GET', '/api/orgs/org_default/invites')).json();
    return list.invites.find((i: { id: string }) => i.id === inviteId)?.delivery as {
      state: string;
      attempts: number;
      lastError: string | null;
      to: string;
      lang: string;
    } | null;
  };
  return { ...w, smtp, worker, delivery };
}

const linkIn = (text: string) => /https:\/\/doorway\.test\/join\/([A-Za-z0-9_-]+)/.exec(text)?.[1];

async function invite(c: { send: (m: string, p: string, b?: unknown) => Promise<Response> }, body: object) {
  const res = await c.send('POST', '/api/orgs/org_default/invites', body);
  return { status: res.status, body: await res.json() };
}

for (const [name, open] of databases) {
  describe(`invite mail on ${name}`, () => {
    it('mails the invite in the chosen language with the link, the inviter and the expiry; the link joins', async () => {
      const w = await mailWorld(open);
      const made = await invite(w.mia, {
        role: 'trainee',
        cohortId: w.cohortId,
        email: 'Nueva@Example.org',
        maxUses: 1,
        expiresInDays: 10,
        mail: { lang: 'es' },
      });
      expect(made.status).toBe(201);
      expect(made.body.invite.delivery).toMatchObject({
        state: 'queued',
        to: 'nueva@example.org',
        lang: 'es',
      });
      await until('the Spanish invite to arrive', () => w.smtp.received.length === 1);
      const got = w.smtp.received[0];
      expect(got?.to).toEqual(['nueva@example.org']);
      expect(got?.from).toBe('doorway@example.org');
      const mail = readMail(got?.raw ?? '');
      expect(mail.subject).toBe('Invitación para unirse a Default organisation en Doorway');
      expect(mail.headers.get('content-language')).toBe('es');
      expect(mail.text).toContain(`${PUBLIC}/join/${made.body.token}`);
      expect(mail.text).toContain('Mia le invita a unirse a Default organisation');
      expect(mail.text).toContain('«May» del curso «Onboarding»');
      const expires = new Date(made.body.invite.expiresAt);
      expect(mail.text).toContain(`${expires.getUTCDate()} de `);
      expect(mail.text).toContain(String(expires.getUTCFullYear()));
      expect(mail.html).toContain('<html lang="es">');
      expect(mail.html).toContain(`<a href="${PUBLIC}/join/${made.body.token}">`);
      // No other person's data: not the inviter's address, nobody's password or run.
      expect(got?.raw).not.toContain('mia@example.org');
      await until(
        'the delivery to show sent',
        async () => (await w.delivery(made.body.invite.id))?.state === 'sent',
      );
      const row = await w.db.selectFrom('mail_outbox').selectAll().executeTakeFirstOrThrow();
      expect(row.message_json).toBeNull();
      const joined = await w.anon().send('POST', `/api/join/${linkIn(mail.text)}`, {
        name: 'Nueva',
        email: 'nueva@example.org',
        password: 'a long pass phrase',
      });
      expect(joined.status).toBe(200);

      const english = await invite(w.ana, {
        role: 'manager',
        email: 'sam@example.org',
        mail: { lang: 'en' },
      });
      expect(english.status).toBe(201);
      await until('the English invite to arrive', () => w.smtp.received.length === 2);
      const en = readMail(w.smtp.received[1]?.raw ?? '');
      expect(en.subject).toBe('Your invitation to join Default organisation on Doorway');
      expect(en.headers.get('content-language')).toBe('en');
      expect(en.text).toContain('Ana has invited you to join Default organisation on Doorway as a manager.');
      expect(en.text).toContain(`${PUBLIC}/join/${english.body.token}`);
      expect(en.html).toContain('<html lang="en">');
    });

    it('a server that refuses (550) gives failed after the tries, with its answer; resend sends a new link', async () => {
      const w = await mailWorld(open);
      w.smtp.state.mode = 'refuse';
      const made = await invite(w.mia, {
        role: 'trainee',
        cohortId: w.cohortId,
        email: 'nobody@example.org',
        mail: { lang: 'en' },
      });
      await until(
        'the delivery to fail',
        async () => (await w.delivery(made.body.invite.id))?.state === 'failed',
      );
      const failed = await w.delivery(made.body.invite.id);
      expect(failed).toMatchObject({ state: 'failed', attempts: 3 });
      expect(failed?.lastError).toContain('550 5.1.1');
      expect(w.smtp.state.refusals).toBe(3);
      expect(w.smtp.received).toHaveLength(0);
      expect(
        (await w.db.selectFrom('mail_outbox').select('message_json').executeTakeFirstOrThrow()).message_json,
      ).toBeNull();

      w.smtp.state.mode = 'accept';
      const resent = await w.mia.send('POST', `/api/orgs/org_default/invites/${made.body.invite.id}/resend`, {
        lang: 'es',
      });
      expect(resent.status).toBe(200);
      expect((await resent.json()).invite.delivery).toMatchObject({
        state: 'queued',
        attempts: 0,
        lang: 'es',
      });
      await until('the resent invite to arrive', () => w.smtp.received.length === 1);
      const mail = readMail(w.smtp.received[0]?.raw ?? '');
      const token = linkIn(mail.text);
      expect(token).toBeDefined();
      expect(token).not.toBe(made.body.token);
      expect(mail.headers.get('content-language')).toBe('es');
      await until(
        'the delivery to show sent',
        async () => (await w.delivery(made.body.invite.id))?.state === 'sent',
      );
      // The first link was replaced: it no longer works; the mailed one does.
      expect((await w.anon().send('GET', `/api/join/${made.body.token}`)).status).toBe(404);
      expect((await w.anon().send('GET', `/api/join/${token}`)).status).toBe(200);
    });

    it('a down server gives retrying with the reason, then sent once it is back; nothing is lost', async () => {
      const w = await mailWorld(open);
      await w.smtp.stop();
      const made = await invite(w.mia, {
        role: 'trainee',
        cohortId: w.cohortId,
        email: 'later@example.org',
        mail: { lang: 'en' },
      });
      const withdrawn = await invite(w.mia, {
        role: 'trainee',
        cohortId: w.cohortId,
        email: 'withdrawn@example.org',
        mail: { lang: 'en' },
      });
      await until('two failed tries', async () => {
        const d = await w.delivery(made.body.invite.id);
        return d?.state === 'retrying' && d.attempts >= 2;
      });
      const retrying = await w.delivery(made.body.invite.id);
      expect(retrying?.lastError).toContain('could not be reached');
      expect(retrying?.lastError).toContain('ECONNREFUSED');
      expect(retrying?.lastError).not.toContain('s3cr');
      expect(
        (await w.mia.send('DELETE', `/api/orgs/org_default/invites/${withdrawn.body.invite.id}`)).status,
      ).toBe(200);
      await w.smtp.start();
      await until(
        'the delivery to show sent',
        async () => (await w.delivery(made.body.invite.id))?.state === 'sent',
      );
      expect(w.smtp.received.map((m) => m.to)).toEqual([['later@example.org']]);
      await until(
        'the withdrawn invite to be given up',
        async () => (await w.delivery(withdrawn.body.invite.id))?.state === 'failed',
      );
      expect((await w.delivery(withdrawn.body.invite.id))?.lastError).toContain('withdrawn');
      expect(w.smtp.received).toHaveLength(1);
    });
  });
}

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
