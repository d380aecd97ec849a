import { LmsPackageSchema } from '@doorway/engine';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { languages } from '../i18n/i18n';
import { keys } from '../lib/queries';
import { StepOutProvider } from '../lib/stepOut';
import type { LmsAdapter } from './adapter';
import { cmi5Adapter } from './cmi5';
import { LMS_RUN_ID, LmsApp } from './LmsApp';
import { openRun } from './localRun';
import { scorm12Adapter } from './scorm12';
import '../styles.css';

// The package entry: read the scenario the packager put into index.html, reach the LMS, resume or
// start, and render. Nothing here talks to a Doorway server.
const root = document.getElementById('root');
const data = document.getElementById('doorway-package');
if (!root || !data) throw new Error('index.html has no #root or #doorway-package element');
const pkg = LmsPackageSchema.parse(JSON.parse(data.textContent ?? ''));
const adapter: LmsAdapter =
  pkg.format === 'scorm12'
    ? scorm12Adapter(window, () => Date.now(), { completionOnly: pkg.completionOnly })
    : cmi5Adapter(window, () => Date.now(), { completionOnly: pkg.completionOnly });

const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
// The package has no sources page: source ids are shown without their texts, and never fetched.
for (const { code } of languages)
  queryClient.setQueryData(keys.sources(code), { lang: code, documents: [], guidance: [], references: [] });

void adapter.start().then((launch) => {
  // The seed only orders choices and picks line variants: Math.random is fine in the browser.
  const seed = Math.floor(Math.random() * 2 ** 31);
  const { run, discarded } = openRun(pkg, launch.resume, seed);
  const notice = discarded
    ? 'Your saved place was for another version of this scenario, so the conversation starts again.'
    : undefined;
  const path = run.state.status === 'active' ? `/runs/${LMS_RUN_ID}` : `/runs/${LMS_RUN_ID}/debrief`;
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <Router hook={memoryLocation({ path }).hook}>
          <StepOutProvider>
            <LmsApp pkg={pkg} adapter={adapter} initial={run} notice={notice} />
          </StepOutProvider>
        </Router>
      </QueryClientProvider>
    </StrictMode>,
  );
});
