import { afterEach, describe, expect, it } from 'vitest';
import { testDatabases } from '../support/databases';
import { readMail } from '../support/smtp-server';
import { closeMailWorlds, invite, linkIn, mailWorld, PUBLIC, until } from './invite-mail-world';

// Mailed invites end to end in one process: the real app (app.request), real storage on SQLite and PostgreSQL,
// the real mail worker with nodemailer, and a real SMTP server on loopback that accepts, refuses (550) or is down.
// Mailing off, bad requests and who may: invite-mail-requests.test.ts.

const databases = await testDatabases('doorway_mail', { sqlite: 'file' });
afterEach(closeMailWorlds);

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
