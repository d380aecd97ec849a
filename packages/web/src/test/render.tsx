import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { afterEach } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { StepOutProvider } from '../lib/stepOut';

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

/**
 * Renders a component with what the app provides around it: a fresh query client (optionally
 * seeded with data), an in-memory router at `path`, and the step-out state.
 *
 * @example
 * const { getByRole } = renderWithApp(<FeedbackPanel feedback={f} busy={false} />);
 */
export function renderWithApp(ui: ReactElement, path = '/', seed?: (queryClient: QueryClient) => void) {
  // Seeded data stays fresh, so a test never reaches for a server that is not there.
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Number.POSITIVE_INFINITY } },
  });
  seed?.(queryClient);
  const location = memoryLocation({ path, record: true });
  // A wrapper (not a parent element) so that `rerender` keeps the providers.
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <Router hook={location.hook}>
        <StepOutProvider>{children}</StepOutProvider>
      </Router>
    </QueryClientProvider>
  );
  const result = render(ui, { wrapper });
  return { ...result, queryClient, location };
}
