import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
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

describe('Step out', () => {
  it('opens a dialog with grounding ideas, the Hotline by phone and text, and permission to stop', () => {
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
    const links = [...(dialog?.querySelectorAll('a') ?? [])].map((a) => [
      a.textContent,
      a.getAttribute('href'),
    ]);
    expect(links).toEqual([
      ['1-888-373-7888', 'tel:+18883737888'],
      ['233733', 'sms:233733'],
    ]);
    expect(document.activeElement?.textContent).toBe('Resume');
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
