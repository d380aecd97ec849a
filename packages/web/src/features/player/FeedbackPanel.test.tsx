import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { harmfulFeedback } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { FeedbackPanel } from './FeedbackPanel';

describe('FeedbackPanel', () => {
  it('names the verdict with an icon and a word, says why, and names a critical error', () => {
    renderWithApp(<FeedbackPanel feedback={harmfulFeedback} busy={false} />);
    const verdict = document.querySelector('.verdict');
    expect(verdict?.textContent).toBe('✕ Harmful · critical error');
    expect(verdict?.querySelector('[aria-hidden="true"]')?.textContent).toBe('✕');
    expect(screen.getByText(/Never let a companion interpret/)).toBeTruthy();
  });

  it('quotes the best alternative in its own words and links each source to the Sources page', () => {
    renderWithApp(<FeedbackPanel feedback={harmfulFeedback} busy={false} />);
    expect(screen.getByText('A stronger response here:')).toBeTruthy();
    expect(screen.getByRole('blockquote').textContent).toBe('We meet everyone alone for part of the visit.');
    const links = screen.getAllByRole('link').map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toEqual([
      ['interp-3', '/sources#source-interp-3'],
      ['screen-alone', '/sources#source-screen-alone'],
    ]);
  });

  it('does not offer a "stronger response" when the best one was chosen', () => {
    renderWithApp(
      <FeedbackPanel
        feedback={{ ...harmfulFeedback, verdict: 'best', critical: false, choiceId: 'universal-policy' }}
        busy={false}
      />,
    );
    expect(document.querySelector('.verdict')?.textContent).toBe('✓ Best response');
    expect(screen.queryByText('A stronger response here:')).toBeNull();
  });

  it('"Try another response" calls back, and is disabled while busy', () => {
    const onTryAnother = vi.fn();
    const { rerender } = renderWithApp(
      <FeedbackPanel feedback={harmfulFeedback} onTryAnother={onTryAnother} busy={false} />,
    );
    fireEvent.click(screen.getByRole('button', { name: /Try another response/ }));
    expect(onTryAnother).toHaveBeenCalledOnce();
    rerender(<FeedbackPanel feedback={harmfulFeedback} onTryAnother={onTryAnother} busy />);
    expect(screen.getByRole('button', { name: /Try another response/ })).toHaveProperty('disabled', true);
  });
});
