import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { preloadFor, warmPages } from './app/preload';
import { routes } from './app/routes';
import { setLanguage, storedLanguage } from './i18n/i18n';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } },
});
// The remembered language loads with the page's data, so the first paint is already in it.
void Promise.all([preloadFor(location.pathname, routes, queryClient), setLanguage(storedLanguage())]).then(
  () => {
    createRoot(root).render(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <App />
        </QueryClientProvider>
      </StrictMode>,
    );
    warmPages(routes);
  },
);
