import nodemailer from 'nodemailer';
import type { MailMessage } from './invite-message';

/** Sends one message; an expected failure (refused, unreachable) is a value with a reason a manager can read. */
export type SendMail = (
  to: string,
  lang: string,
  message: MailMessage,
) => Promise<{ ok: true } | { ok: false; error: string }>;

interface SmtpFailure {
  code?: string;
  responseCode?: number;
  response?: string;
  message?: string;
}

/**
 * Why a send failed, in words for the manager's delivery state: the server's own answer when it refused,
 * otherwise what went wrong on the way. Never the password (nodemailer's messages do not carry it).
 *
 * @example
 * failureReason({ responseCode: 550, response: '550 5.1.1 no such mailbox' }); // 'the mail server refused it: 550 5.1.1 no such mailbox'
 */
export function failureReason(err: unknown): string {
  const e = (typeof err === 'object' && err !== null ? err : { message: String(err) }) as SmtpFailure;
  if (typeof e.responseCode === 'number')
    return `the mail server refused it: ${(e.response ?? String(e.responseCode)).trim()}`.slice(0, 500);
  const code = e.code ? ` (${e.code})` : '';
  return `the mail server could not be reached${code}: ${e.message ?? 'no answer'}`.slice(0, 500);
}

/**
 * A sender over SMTP with nodemailer: `smtp://` upgrades with STARTTLS when the server offers it, `smtps://`
 * speaks TLS from the start; user and password come from the URL. One connection per message (invites are few).
 *
 * @example
 * const send = smtpSender('smtp://doorway:secret@mail.example.org:587', 'Doorway <doorway@example.org>');
 * await send('new.person@example.org', 'en', inviteMessage({ ... }));
 */
export function smtpSender(url: string, from: string, options: { timeoutMs?: number } = {}): SendMail {
  const timeout = options.timeoutMs ?? 30_000;
  const transport = nodemailer.createTransport({
    url,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
  });
  return async (to, lang, message) => {
    try {
      await transport.sendMail({
        from,
        to,
        subject: message.subject,
        text: message.text,
        html: message.html,
        headers: { 'Content-Language': lang },
      });
      return { ok: true };
    } catch (err) {
      return { ok: false, error: failureReason(err) };
    }
  };
}
