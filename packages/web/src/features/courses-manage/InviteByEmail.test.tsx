import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../i18n/i18n';
import { englishLeftIn } from '../../test/englishLeft';
import { renderWithApp } from '../../test/render';
import type { Invite, InviteDelivery } from './courseTypes';
import { InviteByEmail, inviteMailKey } from './InviteByEmail';
import { manageKeys } from './manageQueries';

const invite = (
  id: string,
  delivery: Partial<InviteDelivery> | null,
  status: Invite['status'] = 'active',
) => ({
  id,
  role: 'trainee',
  cohortId: 'k1',
  email: delivery?.to ?? null,
  maxUses: 1,
  uses: 0,
  expiresAt: '2026-12-31T00:00:00.000Z',
  revokedAt: null,
  createdAt: '2026-12-01T00:00:00.000Z',
  status,
  delivery: delivery && {
    to: 'x@example.org',
    lang: 'en',
    state: 'queued',
    attempts: 0,
    lastError: null,
    nextAttemptAt: null,
    sentAt: null,
    failedAt: null,
    ...delivery,
  },
});

const invites = [
  invite('i1', {
    to: 'sent@example.org',
    lang: 'es',
    state: 'sent',
    attempts: 1,
    sentAt: '2026-12-07T10:00:00Z',
  }),
  invite('i2', {
    to: 'later@example.org',
    state: 'retrying',
    attempts: 2,
    lastError: 'the mail server could not be reached (ECONNREFUSED): connect ECONNREFUSED 127.0.0.1:25',
  }),
  invite('i3', {
    to: 'nobody@example.org',
    state: 'failed',
    attempts: 8,
    lastError: 'the mail server refused it: 550 5.1.1 no such mailbox',
  }),
  invite('i4', { to: 'gone@example.org', state: 'sent', sentAt: '2026-12-02T00:00:00Z' }, 'revoked'),
  invite('i5', null),
];

function renderMail(enabled: boolean) {
  return renderWithApp(<InviteByEmail orgId="o1" cohortId="k1" />, '/manage/cohorts/k1', (qc) => {
    qc.setQueryData(inviteMailKey('o1'), { enabled });
    qc.setQueryData(manageKeys.invites('o1'), { invites });
  });
}

afterEach(async () => {
  await act(() => setLanguage('en'));
});

describe('InviteByEmail', () => {
  it('says mailing is off when the server has no SMTP settings, and offers no form or resend', () => {
    renderMail(false);
    expect(screen.getByText(/This server does not send e-mail/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Email the invite' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Send again/ })).toBeNull();
  });

  it('asks for an address and a language, and shows each delivery with its reason and a resend button', () => {
    renderMail(true);
    const address = screen.getByLabelText('Their e-mail address') as HTMLInputElement;
    expect([address.type, address.required]).toEqual(['email', true]);
    expect(screen.getByLabelText('Language of the message')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Email the invite' })).toBeTruthy();
    const list = screen.getByRole('list', { name: 'Mailed invites' });
    expect(list.textContent).toContain('sent@example.org (Español): sent on Dec 7, 2026');
    expect(list.textContent).toContain(
      'later@example.org (English): not sent yet, will try again (2 tries so far). Last problem: the mail server could not be reached (ECONNREFUSED)',
    );
    expect(list.textContent).toContain(
      'nobody@example.org (English): not sent: given up after 8 tries. Last problem: the mail server refused it: 550 5.1.1 no such mailbox',
    );
    expect(screen.getByRole('button', { name: 'Send again to nobody@example.org' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Send again to later@example.org' })).toBeTruthy();
    // A withdrawn invite is listed but cannot be sent again; an invite never mailed is not listed here.
    expect(list.textContent).toContain('gone@example.org');
    expect(screen.queryByRole('button', { name: 'Send again to gone@example.org' })).toBeNull();
    expect(list.querySelectorAll('li')).toHaveLength(4);
  });

  it('is all Spanish in Spanish, the mail server answers marked as English', async () => {
    await act(() => setLanguage('es'));
    const { container } = renderMail(true);
    expect(screen.getByRole('heading', { name: 'Invitar por correo electrónico' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Enviar de nuevo a nobody@example.org' })).toBeTruthy();
    expect(englishLeftIn(container)).toEqual([]);
    const english = [...container.querySelectorAll('[lang="en"]')].map((e) => e.textContent ?? '');
    expect(english.some((text) => text.includes('the mail server refused it'))).toBe(true);
  });
});
