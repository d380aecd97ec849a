import { describe, expect, it } from 'vitest';
import { inviteMessage } from './invite-message';
import { failureReason } from './smtp-sender';

const base = {
  organisation: 'Casa <Aurora> & Co',
  inviter: 'Ana "A" Díaz',
  role: 'trainee' as const,
  cohort: { name: 'May', course: 'Onboarding' },
  link: 'https://doorway.example.org/join/abc_DEF-123',
  expiresAt: new Date('2026-12-21T12:05:00Z'),
};

describe('inviteMessage', () => {
  it('says who invited, to what, the link and the expiry, in English', () => {
    const m = inviteMessage({ ...base, lang: 'en' });
    expect(m.subject).toBe('Your invitation to join Casa <Aurora> & Co on Doorway');
    expect(m.text).toContain(
      'Ana "A" Díaz has invited you to join Casa <Aurora> & Co on Doorway as a trainee',
    );
    expect(m.text).toContain('in the group "May" taking the course "Onboarding"');
    expect(m.text).toContain('\n\nhttps://doorway.example.org/join/abc_DEF-123\n\n');
    expect(m.text).toContain('21 December 2026 at 12:05 (UTC)');
  });

  it('writes Spanish with usted, and the same link', () => {
    const m = inviteMessage({ ...base, lang: 'es', role: 'manager', cohort: null, inviter: null });
    expect(m.subject).toBe('Invitación para unirse a Casa <Aurora> & Co en Doorway');
    expect(m.text).toContain(
      'Le invitan a unirse a Casa <Aurora> & Co en Doorway como supervisor o supervisora.',
    );
    expect(m.text).toContain('21 de diciembre de 2026');
    expect(m.text).toContain('Es solo para usted');
    expect(m.html).toContain('<html lang="es">');
  });

  it('escapes the HTML version and links the link', () => {
    const m = inviteMessage({ ...base, lang: 'en' });
    expect(m.html).toContain('Casa &lt;Aurora&gt; &amp; Co');
    expect(m.html).toContain('Ana &quot;A&quot; Díaz');
    expect(m.html).not.toContain('<Aurora>');
    expect(m.html).toContain(
      '<a href="https://doorway.example.org/join/abc_DEF-123">https://doorway.example.org/join/abc_DEF-123</a>',
    );
  });
});

describe('failureReason', () => {
  it("gives a refusing server's own answer, or why it could not be reached", () => {
    expect(failureReason({ responseCode: 550, response: '550 5.1.1 no such mailbox ' })).toBe(
      'the mail server refused it: 550 5.1.1 no such mailbox',
    );
    expect(failureReason({ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:2525' })).toBe(
      'the mail server could not be reached (ECONNREFUSED): connect ECONNREFUSED 127.0.0.1:2525',
    );
    expect(failureReason('boom')).toBe('the mail server could not be reached: boom');
  });
});
