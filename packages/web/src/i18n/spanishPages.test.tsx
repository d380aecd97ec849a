import type { QueryClient } from '@tanstack/react-query';
import { act, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CompletionRecord } from '../components/CompletionRecord';
import { RecordPage } from '../features/courses-manage/RecordPage';
import { InviteJoinPage } from '../features/join/InviteJoinPage';
import { SignInLinkPage } from '../features/join/SignInLinkPage';
import { MyCoursesPage } from '../features/my-courses/MyCoursesPage';
import { JoinPage } from '../features/workshop/JoinPage';
import { ParticipantPage } from '../features/workshop/ParticipantPage';
import { PresenterPage } from '../features/workshop/PresenterPage';
import { RoomDebriefPage } from '../features/workshop/RoomDebriefPage';
import { WorkshopHomePage } from '../features/workshop/WorkshopHomePage';
import { myOrgsKey } from '../lib/myOrgs';
import { keys } from '../lib/queries';
import { englishLeftIn } from '../test/englishLeft';
import { facilitatorRoom, myCourse, phoneRoom, record, room, roomDebrief, scenarios } from '../test/fixtures';
import { renderWithApp } from '../test/render';
import { setLanguage } from './i18n';

// Every page of the workshop, manager and author areas rendered in Spanish with realistic data:
// the test fails when a page shows a phrase of the English catalog (a string left out of t(), or a
// t() key whose Spanish was pasted from the English). Content that is honestly English is marked
// lang="en" and not counted.
const pages: {
  name: string;
  ui: ReactElement;
  path?: string;
  seed?: (qc: QueryClient) => void;
  expect: string;
}[] = [
  {
    name: 'my courses',
    ui: <MyCoursesPage />,
    seed: (qc) => qc.setQueryData(['me', 'courses'], { courses: [myCourse] }),
    expect: 'Mis cursos',
  },
  {
    name: 'completion record',
    ui: <CompletionRecord record={record} />,
    expect: 'Constancia de finalización',
  },
  {
    name: 'join link, signed out',
    ui: <InviteJoinPage params={{ token: 'tok' }} />,
    seed: (qc) => {
      qc.setQueryData(['join', 'tok'], {
        join: {
          organisation: { id: 'o1', name: 'Harbor Advocates' },
          role: 'trainee',
          cohort: { id: 'k1', name: 'Winter', courseTitle: 'Onboarding' },
          expiresAt: '2026-12-31T00:00:00.000Z',
        },
      });
      qc.setQueryData(['join', 'auth'], { user: null });
    },
    expect: 'Cree su cuenta',
  },
  {
    name: 'workshop home, signed in',
    ui: <WorkshopHomePage />,
    seed: (qc) => {
      qc.setQueryData(['workshop', 'auth'], {
        setupNeeded: false,
        user: { id: 'u1', email: 'f@example.org', name: 'Fran' },
      });
      qc.setQueryData(keys.scenarios, { scenarios });
      qc.setQueryData(['workshop', 'rooms'], {
        rooms: [
          {
            id: 'room-1',
            code: 'K7P2Q',
            scenarioId: 'first-contact',
            phase: 'voting',
            createdAt: '2026-12-07T09:00:00Z',
          },
        ],
      });
    },
    expect: 'Escriba el código para entrar',
  },
  {
    name: 'workshop home, first set-up',
    ui: <WorkshopHomePage />,
    seed: (qc) => qc.setQueryData(['workshop', 'auth'], { setupNeeded: true, user: null }),
    expect: 'Crear la cuenta e iniciar sesión',
  },
  {
    name: 'presenter, paused with the join code',
    ui: <PresenterPage params={{ id: 'room-1' }} />,
    seed: (qc) => qc.setQueryData(['workshop', 'room', 'room-1'], facilitatorRoom),
    expect: 'Entre desde su celular en',
  },
  {
    name: 'presenter, revealed with feedback',
    ui: <PresenterPage params={{ id: 'room-1' }} />,
    seed: (qc) => qc.setQueryData(['workshop', 'room', 'room-1'], { ...facilitatorRoom, room }),
    expect: 'Qué logra cada opción',
  },
  {
    name: 'presenter, too few votes',
    ui: <PresenterPage params={{ id: 'room-1' }} />,
    seed: (qc) =>
      qc.setQueryData(['workshop', 'room', 'room-1'], {
        ...facilitatorRoom,
        room: { ...room, feedback: undefined, votes: { cast: 2, hidden: 'too-few' } },
      }),
    expect: 'Votaron menos de tres personas',
  },
  {
    name: 'phone, voting',
    ui: <ParticipantPage params={{ id: 'room-1' }} />,
    seed: (qc) => qc.setQueryData(['workshop', 'me', 'room-1'], { room: phoneRoom }),
    expect: '¿Qué diría usted?',
  },
  {
    name: 'phone, revealed',
    ui: <ParticipantPage params={{ id: 'room-1' }} />,
    seed: (qc) => qc.setQueryData(['workshop', 'me', 'room-1'], { room: { ...room, you: phoneRoom.you } }),
    expect: 'Cómo votó el grupo',
  },
  { name: 'join a workshop', ui: <JoinPage params={{}} />, expect: 'Entrar a un taller' },
  {
    name: 'room debrief',
    ui: <RoomDebriefPage params={{ id: 'room-1' }} />,
    seed: (qc) => qc.setQueryData(['workshop', 'debrief', 'room-1'], roomDebrief),
    expect: 'El camino del grupo',
  },
  {
    name: "a trainee's completion record, for the manager",
    ui: <RecordPage params={{ cohortId: 'k1', userId: 'u1' }} />,
    seed: (qc) => {
      qc.setQueryData(myOrgsKey, [{ id: 'o1', name: 'Harbor Advocates', roles: ['manager'] }]);
      qc.setQueryData(['manage', 'o1', 'record', 'k1', 'u1'], { record });
    },
    expect: 'Volver a la persona participante',
  },
  {
    name: 'sign-in link',
    ui: <SignInLinkPage params={{ token: 'tok' }} />,
    expect: 'Inicie sesión con su enlace',
  },
];

describe('pages in Spanish', () => {
  beforeAll(async () => {
    // happy-dom has no EventSource; the room pages only need one that stays quiet (the data is seeded).
    vi.stubGlobal(
      'EventSource',
      class {
        onerror: (() => void) | null = null;
        addEventListener() {}
        close() {}
      },
    );
    await act(() => setLanguage('es'));
  });
  afterAll(async () => {
    vi.unstubAllGlobals();
    await act(() => setLanguage('en'));
  });

  for (const page of pages) {
    it(`shows ${page.name} with no English interface phrase left`, () => {
      const { container } = renderWithApp(page.ui, page.path ?? '/', page.seed);
      expect(screen.getAllByText(page.expect, { exact: false }).length).toBeGreaterThan(0);
      expect(englishLeftIn(container)).toEqual([]);
    });
  }

  it('finds an English phrase when one is left (the check itself works)', () => {
    const { container } = renderWithApp(<p>Your attempts</p>);
    expect(englishLeftIn(container)).toEqual(['Your attempts']);
  });
});
