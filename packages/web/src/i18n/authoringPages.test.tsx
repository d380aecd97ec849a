import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { QueryClient } from '@tanstack/react-query';
import { act, fireEvent, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AuthoringHomePage, orgsKey } from '../features/authoring/AuthoringHomePage';
import type { Draft } from '../features/authoring/authoringApi';
import { checkScenario } from '../features/authoring/checker/checkScenario';
import type { CheckerRequest, CheckerResponse, CheckerSetup } from '../features/authoring/checker/checkTypes';
import { WorkspacePage } from '../features/authoring/WorkspacePage';
import { ApiFailure } from '../lib/http';
import { keys } from '../lib/queries';
import { englishLeftIn } from '../test/englishLeft';
import { scenarios } from '../test/fixtures';
import { renderWithApp } from '../test/render';
import { setLanguage } from './i18n';

// Issue 14 on the author pages: the start page and the workspace (problems, map, list of beats, analysis,
// preview) rendered in Spanish fail when a phrase of the English catalog is on the page outside an element
// marked lang="en". The scenario's own words (titles, the YAML) and the checker's diagnostics stay English
// and are marked so; the page says once, in Spanish, that they are.

// Tests run from the repository root. The draft is the real template with its second beat cut off (every
// `next: safe-to-talk` sent to the ending), so it loads with a problem: an unreachable beat.
const template = readFileSync(
  join(process.cwd(), 'packages/scenarios/content/templates/scenario.yaml'),
  'utf8',
);
const yaml = template.replaceAll('next: safe-to-talk', 'next: door-ajar');

const competency = (id: string) => ({
  id,
  code: id.toUpperCase(),
  name: id,
  definition: 'd',
  good: ['g'],
  harmful: ['h'],
  sources: [],
});
const setup: CheckerSetup = {
  rubric: { competencies: ['safety', 'choice', 'communication', 'transparency'].map(competency) },
  sources: {
    documents: [],
    guidance: ['prac-trauma-informed', 'screen-safe-setting', 'screen-safe-now', 'say-safe'].map((id) => ({
      id,
    })),
    references: ['IACP', 'PA'].map((key) => ({ key })),
  },
};

const draft: Draft = {
  id: 'drf_1',
  scenarioId: 'street-outreach',
  title: 'New scenario',
  yaml,
  revision: 3,
  createdAt: '2026-12-07T09:00:00.000Z',
  updatedAt: '2026-12-07T10:30:00.000Z',
  updatedBy: 'u1',
};

/**
 * The browser's Worker transport, in this thread (happy-dom has no workers): the workspace's real checker,
 * `checkScenario`, answers each text as checker.worker.ts does.
 */
class InThreadWorker {
  onmessage: ((event: MessageEvent<CheckerResponse>) => void) | null = null;
  onerror: (() => void) | null = null;
  private setup: CheckerSetup | undefined;
  postMessage(message: CheckerRequest) {
    if (message.type === 'setup') {
      this.setup = message.setup;
      return;
    }
    const known = this.setup;
    setTimeout(() => {
      const data: CheckerResponse = known
        ? { type: 'result', id: message.id, result: checkScenario(message.text, known), ms: 0 }
        : { type: 'failed', id: message.id, message: 'the checker has no rubric yet' };
      this.onmessage?.({ data } as MessageEvent<CheckerResponse>);
    });
  }
  terminate() {}
}

/**
 * The English phrases left on a page, with a line break after every element first: `englishLeftIn` reads
 * `textContent`, where adjacent cells or blocks run together ("CompetenciaLowest") and a leftover word
 * next to another would go unseen.
 */
function englishLeft(root: HTMLElement): string[] {
  const spaced = root.cloneNode(true) as HTMLElement;
  for (const el of spaced.querySelectorAll('*')) el.append('\n');
  return englishLeftIn(spaced);
}

const author = (roles = ['author']) => ({ organisations: [{ id: 'o1', name: 'Harbor Advocates', roles }] });

/** The start page's data for a signed-in author: drafts, the publish log and the catalog to copy from. */
const homeSeed =
  (over: { empty?: boolean } = {}) =>
  (qc: QueryClient) => {
    qc.setQueryData(orgsKey, author());
    qc.setQueryData(keys.scenarios, { scenarios });
    const { yaml: _text, ...summary } = draft;
    qc.setQueryData(['authoring', 'drafts', 'o1'], { drafts: over.empty ? [] : [summary] });
    qc.setQueryData(['authoring', 'publications', 'o1'], {
      publications: over.empty
        ? []
        : [
            {
              // An id is data, not interface text (an id such as `first-contact` holds the catalog word "first").
              scenarioId: 'harbor-intake',
              version: '1.2.0',
              contentHash: 'abc',
              draftId: null,
              draftRevision: null,
              publishedAt: '2026-12-01T12:00:00.000Z',
              publishedBy: { id: 'u1', name: 'Ana Ruiz' },
            },
            {
              scenarioId: 'street-outreach',
              version: '0.1.0',
              contentHash: 'def',
              draftId: 'drf_1',
              draftRevision: 2,
              publishedAt: '2026-12-02T12:00:00.000Z',
              publishedBy: null,
            },
          ],
    });
  };

/** Signed out: the organisations query holds the API's 401, and is not fetched again on mount. */
const signedOut = (qc: QueryClient) => {
  qc.setQueryDefaults(orgsKey, { retryOnMount: false });
  qc.getQueryCache()
    .build(qc, { queryKey: orgsKey })
    .setState({
      status: 'error',
      fetchStatus: 'idle',
      error: new ApiFailure({
        kind: 'http',
        status: 401,
        code: 'sign_in_required',
        message: 'Sign in to do this.',
      }),
    });
};

const workspaceSeed = (qc: QueryClient) => {
  qc.setQueryData(orgsKey, author());
  qc.setQueryData(['authoring', 'draft', 'o1', 'drf_1'], { draft });
  qc.setQueryData(['authoring', 'setup'], setup);
};

const pages: { name: string; ui: ReactElement; seed: (qc: QueryClient) => void; expect: string }[] = [
  {
    name: 'the start page with drafts and the publish log',
    ui: <AuthoringHomePage />,
    seed: homeSeed(),
    expect: 'Empezar un borrador',
  },
  {
    name: 'the start page with nothing yet',
    ui: <AuthoringHomePage />,
    seed: homeSeed({ empty: true }),
    expect: 'Todavía no se ha publicado nada.',
  },
  {
    name: 'the start page, signed out',
    ui: <AuthoringHomePage />,
    seed: signedOut,
    expect: 'Inicie sesión con una cuenta',
  },
  {
    name: 'the start page without the author role',
    ui: <AuthoringHomePage />,
    seed: (qc) => qc.setQueryData(orgsKey, author(['trainee'])),
    expect: 'Su cuenta no tiene el rol de autor',
  },
  {
    name: 'the workspace, signed out',
    ui: <WorkspacePage params={{ id: 'drf_1' }} />,
    seed: (qc) => {
      signedOut(qc);
      qc.setQueryData(['authoring', 'setup'], setup);
    },
    expect: 'Primero inicie sesión',
  },
];

describe('the author pages in Spanish', () => {
  beforeAll(async () => {
    vi.stubGlobal('Worker', InThreadWorker);
    await act(() => setLanguage('es'));
  });
  afterAll(async () => {
    vi.unstubAllGlobals();
    await act(() => setLanguage('en'));
  });

  for (const page of pages) {
    it(`shows ${page.name} with no English interface phrase left`, () => {
      const { container } = renderWithApp(page.ui, '/author', page.seed);
      expect(screen.getAllByText(page.expect, { exact: false }).length).toBeGreaterThan(0);
      expect(englishLeft(container)).toEqual([]);
    });
  }

  it('shows the workspace, its problems, map, list, analysis and preview in Spanish', async () => {
    const { container } = renderWithApp(
      <WorkspacePage params={{ id: 'drf_1' }} />,
      '/author/drafts/drf_1',
      workspaceSeed,
    );
    const english = (panel: string) => expect(englishLeft(container), panel).toEqual([]);

    // The checker's answer arrives: the problem in Spanish words around the checker's English message.
    await screen.findByText('Mapa del texto actual', { exact: false }, { timeout: 5000 });
    expect(document.documentElement.lang).toBe('es');
    const problem = container.querySelector('.au-problem');
    expect(problem?.textContent).toMatch(/en la línea \d+:\d+/);
    const message = problem?.querySelector('.au-message');
    expect(message?.getAttribute('lang')).toBe('en');
    expect(message?.textContent).toMatch(/[a-z]{4}/);
    screen.getByText('El archivo del escenario y los mensajes del verificador están en inglés', {
      exact: false,
    });
    // The scenario text is the author's English: the editor says so to screen readers and spell checkers.
    const editor = container.querySelector('.cm-content');
    expect(editor?.getAttribute('lang')).toBe('en');
    expect(editor?.getAttribute('aria-label')).toBe('YAML del escenario');
    expect(container.querySelector('[data-node-id="safe-to-talk"]')?.textContent).toContain('inalcanzable');
    english('map');

    fireEvent.click(screen.getByRole('button', { name: 'Lista de momentos' }));
    screen.getAllByText('lleva a', { exact: false });
    english('list of beats');

    fireEvent.click(screen.getByRole('button', { name: 'Análisis' }));
    screen.getByRole('heading', { name: 'Límites del puntaje' });
    screen.getByRole('columnheader', { name: 'Competencia' });
    english('analysis');

    fireEvent.click(screen.getByRole('button', { name: 'Vista previa' }));
    screen.getByRole('button', { name: 'Iniciar la vista previa' });
    screen.getByRole('group', { name: 'Medidores al inicio' });
    english('preview');
  });

  it('covers every page of the authoring area', () => {
    const modules = import.meta.glob<Record<string, unknown>>('../features/authoring/*Page.tsx', {
      eager: true,
    });
    const exported = Object.values(modules).flatMap((m) =>
      Object.entries(m).filter(([name, value]) => name.endsWith('Page') && typeof value === 'function'),
    );
    expect(exported.map(([name]) => name).sort()).toEqual(['AuthoringHomePage', 'WorkspacePage']);
    const covered = new Set(pages.map((p) => p.ui.type));
    expect(exported.filter(([, page]) => !covered.has(page as never)).map(([name]) => name)).toEqual([]);
  });
});
