import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { appInBrowser } from '../support/app-in-browser';
import { axeViolations } from '../support/axe';
import { httpSession } from '../support/http-session';
import { freePort } from '../support/server';
import { readMail, startSmtpServer } from '../support/smtp-server';

// Mailing an invite from the cohort page in Chromium, with the server process mailing through a real SMTP server
// on loopback: sent in Spanish, refused (550) until it is given up, then sent again once the server accepts; the
// link in the message opens the join page.

const password = 'a long pass phrase';
const smtp = await startSmtpServer({ user: 'doorway', pass: 'mail-pass', port: await freePort() });

describe('invite by e-mail from the cohort page', () => {
  const app = appInBrowser({
    env: {
      SMTP_URL: `smtp://doorway:mail-pass@127.0.0.1:${smtp.port}`,
      SMTP_FROM: 'Doorway <doorway@example.org>',
      SMTP_MAX_ATTEMPTS: '2',
      SMTP_RETRY_BASE_MS: '100',
      SMTP_RETRY_MAX_MS: '200',
    },
  });
  const contexts: BrowserContext[] = [];
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await smtp.close();
  });

  async function pageWith(cookie?: string): Promise<Page> {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    if (cookie) {
      const [name = '', value = ''] = cookie.split('=');
      await context.addCookies([{ name, value, url: app.server.url }]);
    }
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    return page;
  }

  it('mails an invite in Spanish, shows a refusal as failed with the reason, sends again, and the link joins', async () => {
    const mia = httpSession(app.server.url);
    expect(
      (await mia.send('POST', '/api/auth/setup', { email: 'mia@example.org', name: 'Mia Chen', password }))
        .status,
    ).toBe(201);
    const course = await (
      await mia.send('POST', '/api/orgs/org_default/courses', {
        title: 'Onboarding',
        steps: [{ kind: 'scenario', scenarioId: 'first-contact', mode: 'practice' }],
      })
    ).json();
    const cohort = await (
      await mia.send('POST', '/api/orgs/org_default/cohorts', { name: 'Winter', courseId: course.course.id })
    ).json();

    const manager = await pageWith(mia.cookie());
    await manager.goto(`${app.server.url}/manage/cohorts/${cohort.cohort.id}`);
    await manager.getByRole('heading', { level: 2, name: 'Invite by e-mail' }).waitFor();
    await manager.getByLabel('Their e-mail address').fill('nueva@example.org');
    await manager.getByLabel('Language of the message').selectOption('es');
    await manager.getByRole('button', { name: 'Email the invite' }).click();
    await manager.getByText('The invite to nueva@example.org is on its way.', { exact: false }).waitFor();
    await manager.getByText(/nueva@example\.org \(Español\): sent on [A-Z][a-z]{2} \d{1,2}, \d{4}/).waitFor();
    expect(await axeViolations(manager)).toEqual([]);
    expect(smtp.received.map((m) => m.to)).toEqual([['nueva@example.org']]);
    const spanish = readMail(smtp.received[0]?.raw ?? '');
    expect(spanish.subject).toBe('Invitación para unirse a Default organisation en Doorway');
    expect(spanish.text).toContain('Mia Chen le invita');

    smtp.state.mode = 'refuse';
    await manager.getByLabel('Their e-mail address').fill('nobody@example.org');
    await manager.getByLabel('Language of the message').selectOption('en');
    await manager.getByRole('button', { name: 'Email the invite' }).click();
    await manager
      .getByText(
        /nobody@example\.org \(English\): not sent: given up after 2 tries\. Last problem: the mail server refused it: 550/,
      )
      .waitFor();
    expect(await axeViolations(manager)).toEqual([]);
    smtp.state.mode = 'accept';
    await manager.getByRole('button', { name: 'Send again to nobody@example.org' }).click();
    await manager.getByText(/A new invite to nobody@example\.org is on its way/).waitFor();
    await manager.getByText(/nobody@example\.org \(English\): sent on/).waitFor();
    expect(smtp.received.map((m) => m.to)).toEqual([['nueva@example.org'], ['nobody@example.org']]);

    // The link in the message is for this server and opens the join page for the cohort.
    const link = /http:\/\/127\.0\.0\.1:\d+\/join\/[A-Za-z0-9_-]+/.exec(spanish.text)?.[0];
    expect(link).toBeDefined();
    const newcomer = await pageWith();
    await newcomer.goto(link ?? '');
    await newcomer.getByRole('heading', { level: 1, name: 'Join Default organisation' }).waitFor();
    await newcomer
      .getByText(/Winter/)
      .first()
      .waitFor();
  });
});
