import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../i18n/i18n';
import { useStepOutRun } from '../../lib/stepOut';
import { renderWithApp } from '../../test/render';
import { StepOutButton } from './StepOutButton';
import { StepOutPanel } from './StepOutPanel';

function OnRun({ runId }: { runId?: string | undefined }) {
  useStepOutRun(runId);
  return null;
}

function renderStepOut(runId?: string) {
  return renderWithApp(
    <>
      <StepOutButton />
      <OnRun runId={runId} />
      <StepOutPanel />
    </>,
  );
}

function linksIn(dialog: Element | null) {
  return [...(dialog?.querySelectorAll('a') ?? [])].map((a) => [a.textContent, a.getAttribute('href')]);
}

describe('Step out', () => {
  afterEach(async () => {
    await act(() => setLanguage('en'));
  });

  it('opens a dialog with grounding ideas, the Hotline and 988 by phone and text, and permission to stop', () => {
    renderStepOut('run-1');
    const button = screen.getByRole('button', { name: 'Step out' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const dialog = document.querySelector('dialog');
    expect(dialog?.open).toBe(true);
    expect(dialog?.textContent).toContain('The conversation is paused');
    expect(dialog?.textContent).toContain('It is fine to stop.');
    expect(dialog?.querySelectorAll('h3 + ul li').length).toBeGreaterThanOrEqual(3);
    expect(linksIn(dialog)).toEqual([
      ['1-888-373-7888', 'tel:+18883737888'],
      ['233733', 'sms:233733'],
      ['988', 'tel:988'],
      ['text 988', 'sms:988'],
    ]);
    expect(dialog?.textContent).toContain(
      '988 Suicide & Crisis Lifeline, 24 hours a day: call 988 or text 988.',
    );
    expect(document.activeElement?.textContent).toBe('Resume');
  });

  it('in Spanish, says how to reach each line in Spanish, with the same numbers', async () => {
    renderStepOut('run-1');
    await act(() => setLanguage('es'));
    fireEvent.click(screen.getByRole('button', { name: 'Hacer una pausa' }));
    const dialog = document.querySelector('dialog');
    expect(dialog?.textContent).toContain(
      'Línea Nacional contra la Trata de Personas, las 24 horas, con atención en español: llame al 1-888-373-7888 o envíe un mensaje de texto al 233733.',
    );
    // 988: press 2 for Spanish on a call; the word AYUDA by text reaches Spanish-speaking counselors.
    expect(dialog?.textContent).toContain('llame al 988 y marque 2');
    expect(linksIn(dialog)).toEqual([
      ['1-888-373-7888', 'tel:+18883737888'],
      ['233733', 'sms:233733'],
      ['988', 'tel:988'],
      ['envíe la palabra AYUDA por mensaje de texto al 988', 'sms:988'],
    ]);
  });

  it('Resume closes it; outside a run there is nothing to end', () => {
    renderStepOut();
    fireEvent.click(screen.getByRole('button', { name: 'Step out' }));
    expect(screen.queryByRole('button', { name: 'End here', hidden: true })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Close', hidden: true }));
    expect(document.querySelector('dialog')?.open).toBe(false);
    expect(screen.getByRole('button', { name: 'Step out' }).getAttribute('aria-expanded')).toBe('false');
  });

  it('offers "End here" while a run is on screen', () => {
    renderStepOut('run-1');
    fireEvent.click(screen.getByRole('button', { name: 'Step out' }));
    expect(screen.getByRole('button', { name: 'End here', hidden: true })).toBeTruthy();
  });
});
