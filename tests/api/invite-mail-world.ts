import { createLogger, type Storage, smtpSender, startMailWorker } from '@doorway/api';
import { peopleWorld } from '@doorway/api/testing/people';
import { startSmtpServer } from '../support/smtp-server';

// What the mailed-invite tests share: the real app (app.request) on a given storage, the real mail worker with
// nodemailer, and a real SMTP server on loopback (tests/support/smtp-server.ts) that accepts, refuses or is down.

/** The server's public address in these tests: the links in messages start with it. */
export const PUBLIC = 'https://doorway.test';

/** Waits until `done` holds, polling every 25 ms; fails naming `what` after `ms`. */
export const until = async (what: string, done: () => boolean | Promise<boolean>, ms = 20_000) => {
  const deadline = Date.now() + ms;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
};

const cleanups: (() => Promise<unknown>)[] = [];

/** Stops the worlds made since the last call (workers, SMTP servers, storages); call it in afterEach. */
export async function closeMailWorlds(): Promise<void> {
  for (const clean of cleanups.splice(0).reverse()) await clean();
}

/**
 * People (ana admin, mia manager, ben facilitator, cara of another organisation), a cohort, an SMTP server and a
 * mail worker sending to it fast (3 tries, backoff 20 to 80 ms); `mailInvites: false` is a server without SMTP.
 *
 * @example
 * const w = await mailWorld(open);
 * await invite(w.mia, { role: 'trainee', email: 'x@example.org', mail: { lang: 'en' } });
 */
export async function mailWorld(open: () => Storage, mailInvites = true) {
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

/** The token of the join link in a message's text. */
export const linkIn = (text: string) => /https:\/\/doorway\.test\/join\/([A-Za-z0-9_-]+)/.exec(text)?.[1];

/** Makes an invite as `c`: its status and JSON body. */
export async function invite(
  c: { send: (m: string, p: string, b?: unknown) => Promise<Response> },
  body: object,
) {
  const res = await c.send('POST', '/api/orgs/org_default/invites', body);
  return { status: res.status, body: await res.json() };
}
