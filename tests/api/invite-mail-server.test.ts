import { afterAll, describe, expect, it } from 'vitest';
import { httpSession } from '../support/http-session';
import { type RunningServer, startServer } from '../support/server';
import { readMail, startSmtpServer } from '../support/smtp-server';

// The server process with SMTP settings in its environment: it starts the mail worker and mails an invite to a
// real SMTP server on loopback; bad settings stop start-up with a message that never shows the password.

const running: RunningServer[] = [];
afterAll(async () => {
  for (const s of running) await s.stop();
});

describe('invite mail in the server process', () => {
  it('SMTP_URL and SMTP_FROM turn mailing on: an invite made through the API arrives', async () => {
    const smtp = await startSmtpServer({ user: 'doorway', pass: 'p@ss word' });
    try {
      const server = await startServer({
        env: {
          SMTP_URL: `smtp://doorway:${encodeURIComponent('p@ss word')}@127.0.0.1:${smtp.port}`,
          SMTP_FROM: 'Doorway <doorway@example.org>',
          PUBLIC_URL: 'https://doorway.example.org',
        },
      });
      running.push(server);
      const ana = httpSession(server.url);
      expect(
        (
          await ana.send('POST', '/api/auth/setup', {
            email: 'ana@example.org',
            name: 'Ana',
            password: 'a long pass phrase',
          })
        ).status,
      ).toBe(201);
      expect(await (await ana.send('GET', '/api/orgs/org_default/invite-mail')).json()).toEqual({
        enabled: true,
      });
      const made = await ana.send('POST', '/api/orgs/org_default/invites', {
        role: 'trainee',
        email: 'new.person@example.org',
        mail: { lang: 'en' },
      });
      expect(made.status).toBe(201);
      const { token } = await made.json();
      const deadline = Date.now() + 30_000;
      while (smtp.received.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(smtp.received.map((m) => m.to)).toEqual([['new.person@example.org']]);
      const mail = readMail(smtp.received[0]?.raw ?? '');
      expect(mail.text).toContain(`https://doorway.example.org/join/${token}`);
      expect(mail.headers.get('from')).toBe('Doorway <doorway@example.org>');
      expect(server.output()).not.toContain('p@ss');
    } finally {
      await smtp.close();
    }
  });

  it('refuses SMTP_URL without SMTP_FROM, and a URL that is not SMTP, without showing the password', async () => {
    const half = await startServer({ env: { SMTP_URL: 'smtp://me:hunter2@mail.example.org:587' } }).catch(
      (err: Error) => err.message,
    );
    expect(half).toContain('SMTP_FROM');
    expect(half).toContain('say who invites are from');
    expect(half).not.toContain('hunter2');
    const wrong = await startServer({
      env: { SMTP_URL: 'mail.example.org:hunter2', SMTP_FROM: 'doorway@example.org' },
    }).catch((err: Error) => err.message);
    expect(wrong).toContain('SMTP_URL (value not shown) is not valid: use smtp://user:password@host:587');
    expect(wrong).not.toContain('hunter2');
  });
});
