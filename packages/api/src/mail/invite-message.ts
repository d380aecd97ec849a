import type { Role } from '../courses/schema';
import type { Lang } from '../schemas/runs';

/** A message ready for the mail server: subject, plain text and a simple HTML version of the same words. */
export interface MailMessage {
  subject: string;
  text: string;
  html: string;
}

/** What an invite message says; nothing else about anyone goes into it. */
export interface InviteMessageInput {
  lang: Lang;
  organisation: string;
  /** The name of the person who made the invite (null when their account is gone). */
  inviter: string | null;
  role: Role;
  /** For a cohort invite: the group and its course. */
  cohort: { name: string; course: string } | null;
  /** The whole join link, with the server's address. */
  link: string;
  expiresAt: Date;
}

const roleWords: Record<Lang, Record<Role, string>> = {
  en: {
    trainee: 'a trainee',
    manager: 'a manager',
    admin: 'an admin',
    author: 'an author',
    facilitator: 'a facilitator',
  },
  es: {
    trainee: 'participante',
    manager: 'supervisor o supervisora',
    admin: 'administrador o administradora',
    author: 'autor o autora',
    facilitator: 'facilitador o facilitadora',
  },
};

function when(lang: Lang, at: Date): string {
  const date = new Intl.DateTimeFormat(lang === 'es' ? 'es' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'UTC',
  }).format(at);
  return `${date} (UTC)`;
}

/** The paragraphs of the message, the link on a line of its own (index 2). */
function paragraphs(m: InviteMessageInput): { subject: string; lines: string[] } {
  const until = when(m.lang, m.expiresAt);
  if (m.lang === 'es') {
    const who = m.inviter ? `${m.inviter} le invita` : 'Le invitan';
    const what = m.cohort
      ? `${who} a unirse a ${m.organisation} en Doorway como ${roleWords.es[m.role]}, en el grupo «${m.cohort.name}» del curso «${m.cohort.course}».`
      : `${who} a unirse a ${m.organisation} en Doorway como ${roleWords.es[m.role]}.`;
    return {
      subject: `Invitación para unirse a ${m.organisation} en Doorway`,
      lines: [
        'Hola:',
        what,
        'Abra este enlace para crear su cuenta (o iniciar sesión si ya tiene una) y unirse:',
        m.link,
        `El enlace funciona hasta el ${until}. Es solo para usted: no lo reenvíe.`,
        'Si no esperaba este mensaje, puede ignorarlo.',
      ],
    };
  }
  const who = m.inviter ? `${m.inviter} has invited you` : 'You are invited';
  const what = m.cohort
    ? `${who} to join ${m.organisation} on Doorway as ${roleWords.en[m.role]}, in the group "${m.cohort.name}" taking the course "${m.cohort.course}".`
    : `${who} to join ${m.organisation} on Doorway as ${roleWords.en[m.role]}.`;
  return {
    subject: `Your invitation to join ${m.organisation} on Doorway`,
    lines: [
      'Hello,',
      what,
      'Open this link to make your account (or sign in if you have one) and join:',
      m.link,
      `The link works until ${until}. It is meant for you only: please do not pass it on.`,
      'If you did not expect this message, you can ignore it.',
    ],
  };
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The e-mail for one invite in the language the manager chose: who invited, to what, the link and until when.
 * It holds no choice text, score or other personal data; the HTML is the same words with the link as a link.
 *
 * @example
 * const m = inviteMessage({ lang: 'es', organisation: 'Casa Aurora', inviter: 'Ana', role: 'trainee',
 *   cohort: null, link: 'https://doorway.example.org/join/abc', expiresAt: new Date('2026-12-21T12:00:00Z') });
 * m.subject; // 'Invitación para unirse a Casa Aurora en Doorway'
 */
export function inviteMessage(input: InviteMessageInput): MailMessage {
  const { subject, lines } = paragraphs(input);
  const text = `${lines.join('\n\n')}\n`;
  const body = lines
    .map((line) =>
      line === input.link
        ? `<p><a href="${escapeHtml(input.link)}">${escapeHtml(input.link)}</a></p>`
        : `<p>${escapeHtml(line)}</p>`,
    )
    .join('\n');
  const html = `<!doctype html>\n<html lang="${input.lang}">\n<head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>\n<body>\n${body}\n</body>\n</html>\n`;
  return { subject, text, html };
}
