import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { keys } from '../../lib/queries';
import { rememberRun } from '../../lib/runMemory';
import { run, runResponse } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { ContinueRuns } from './ContinueRuns';

describe('ContinueRuns', () => {
  it('offers the unfinished run with its title marked in the run’s language', async () => {
    localStorage.clear();
    rememberRun({
      runId: run.id,
      scenarioId: run.scenarioId,
      title: 'A través de un intérprete',
      mode: 'coach',
      startedAt: '2026-12-07T10:00:00.000Z',
    });
    renderWithApp(<ContinueRuns />, '/', (qc) =>
      qc.setQueryData(keys.run(run.id), { ...runResponse, run: { ...run, lang: 'es' } }),
    );
    const link = await screen.findByRole('link', { name: /^Continue “/ });
    expect(link.textContent).toBe('Continue “A través de un intérprete”');
    expect(link.querySelector('[lang]')?.getAttribute('lang')).toBe('es');
  });
});
