import type { QueryClient } from '@tanstack/react-query';
import { act, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CompletionRecord } from '../components/CompletionRecord';
import { CohortPage } from '../features/courses-manage/CohortPage';
import { CourseEditPage } from '../features/courses-manage/CourseEditPage';
import { CoursePage } from '../features/courses-manage/CoursePage';
import { CoursesPage } from '../features/courses-manage/CoursesPage';
import { inviteMailKey } from '../features/courses-manage/InviteByEmail';
import { manageKeys } from '../features/courses-manage/manageQueries';
import { OrgSettingsPage, settingsKey } from '../features/courses-manage/OrgSettingsPage';
import { RecordPage } from '../features/courses-manage/RecordPage';
import { TraineePage } from '../features/courses-manage/TraineePage';
import { InviteJoinPage } from '../features/join/InviteJoinPage';
import { SignInLinkPage } from '../features/join/SignInLinkPage';
import { MyCoursesPage } from '../features/my-courses/MyCoursesPage';
import { MyRecordPage } from '../features/my-courses/MyRecordPage';
import { MyDataPage } from '../features/my-data/MyDataPage';
import { JoinPage } from '../features/workshop/JoinPage';
import { ParticipantPage } from '../features/workshop/ParticipantPage';
import { PresenterPage } from '../features/workshop/PresenterPage';
import { RoomDebriefPage } from '../features/workshop/RoomDebriefPage';
import { WorkshopHomePage } from '../features/workshop/WorkshopHomePage';
import { myOrgsKey } from '../lib/myOrgs';
import { keys } from '../lib/queries';
import { englishLeftIn } from '../test/englishLeft';
import { facilitatorRoom, myCourse, phoneRoom, record, room, roomDebrief, scenarios } from '../test/fixtures';
import {
  cohort,
  cohortTrainees,
  course,
  heatmap,
  heatmapTooFew,
  invites,
  progress,
  traineeDetail,
} from '../test/manageFixtures';
import { renderWithApp } from '../test/render';
import { setLanguage } from './i18n';

/** What `GET /api/join/:token` answers for a cohort join link. */
const joinInfo = {
  organisation: { id: 'o1', name: 'Harbor Advocates' },
  role: 'trainee',
  cohort: { id: 'k1', name: 'Winter', courseTitle: 'Onboarding' },
  expiresAt: '2026-12-31T00:00:00.000Z',
};

const manager = (qc: QueryClient, roles = ['manager']) =>
  qc.setQueryData(myOrgsKey, [{ id: 'o1', name: 'Harbor Advocates', roles }]);

/** A cohort page's data: the cohort, its course, join links (mailing on), progress and each scenario step's heatmap. */
const cohortSeed =
  (over: { trainees?: typeof cohortTrainees; heat?: typeof heatmap; links?: typeof invites } = {}) =>
  (qc: QueryClient) => {
    manager(qc);
    qc.setQueryData(manageKeys.cohort('o1', 'k1'), { cohort, trainees: over.trainees ?? cohortTrainees });
    qc.setQueryData(manageKeys.course('o1', 'c1'), { course });
    qc.setQueryData(manageKeys.invites('o1'), { invites: over.links ?? invites });
    qc.setQueryData(inviteMailKey('o1'), { enabled: true });
    qc.setQueryData(manageKeys.progress('o1', 'k1'), progress);
    qc.setQueryData(manageKeys.heatmap('o1', 'k1', 's1'), over.heat ?? heatmap);
  };

// Every page of the workshop, manager (courses-manage), trainee (my-courses, my-data) and join areas rendered
// in Spanish with realistic data:
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
      qc.setQueryData(['join', 'tok'], { join: joinInfo });
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
    name: 'courses and the create form',
    ui: <CoursesPage />,
    seed: (qc) => {
      manager(qc);
      qc.setQueryData(manageKeys.courses('o1'), { courses: [course] });
      qc.setQueryData(keys.scenarios, { scenarios });
    },
    expect: 'Crear un curso',
  },
  {
    name: 'courses, for someone who is not a manager',
    ui: <CoursesPage />,
    seed: (qc) => manager(qc, ['trainee']),
    expect: 'página para iniciar sesión',
  },
  {
    name: 'courses, none yet',
    ui: <CoursesPage />,
    seed: (qc) => {
      manager(qc);
      qc.setQueryData(manageKeys.courses('o1'), { courses: [] });
      qc.setQueryData(keys.scenarios, { scenarios });
    },
    expect: 'Todavía no hay cursos',
  },
  {
    name: 'a course: steps, actions and cohorts',
    ui: <CoursePage params={{ courseId: 'c1' }} />,
    seed: (qc) => {
      manager(qc);
      qc.setQueryData(manageKeys.course('o1', 'c1'), { course });
      qc.setQueryData(manageKeys.cohorts('o1'), { cohorts: [cohort] });
    },
    expect: 'En cada paso cuenta el mejor intento.',
  },
  {
    name: 'a course with no cohort and the last attempt counting',
    ui: <CoursePage params={{ courseId: 'c1' }} />,
    seed: (qc) => {
      manager(qc);
      qc.setQueryData(manageKeys.course('o1', 'c1'), { course: { ...course, attemptPolicy: 'last' } });
      qc.setQueryData(manageKeys.cohorts('o1'), { cohorts: [] });
    },
    expect: 'Todavía ningún grupo sigue este curso.',
  },
  {
    name: 'editing a course',
    ui: <CourseEditPage params={{ courseId: 'c1' }} />,
    seed: (qc) => {
      manager(qc);
      qc.setQueryData(manageKeys.course('o1', 'c1'), { course });
      qc.setQueryData(keys.scenarios, { scenarios });
    },
    expect: 'Editar: Onboarding',
  },
  {
    name: 'a cohort: join links, trainees, progress, competencies, workshop marks and heatmap',
    ui: <CohortPage params={{ cohortId: 'k1' }} />,
    seed: cohortSeed(),
    // Inside a <Trans> link: a tag named like an HTML void element (<link>) would leave it empty.
    expect: 'Descargar el avance en CSV',
  },
  {
    name: 'a new cohort: nobody yet, no join link, heatmap too small',
    ui: <CohortPage params={{ cohortId: 'k1' }} />,
    seed: cohortSeed({ trainees: [], links: [], heat: heatmapTooFew }),
    expect: 'para que nadie quede señalado (hasta ahora 1 persona tiene un intento)',
  },
  {
    name: "a trainee's attempts and debriefs",
    ui: <TraineePage params={{ cohortId: 'k1', userId: 'u2' }} />,
    seed: (qc) => {
      manager(qc);
      qc.setQueryData(manageKeys.trainee('o1', 'k1', 'u2'), traineeDetail);
    },
    expect: 'Sí, este intento cuenta',
  },
  {
    name: 'organisation settings',
    ui: <OrgSettingsPage />,
    seed: (qc) => {
      manager(qc, ['admin', 'manager']);
      qc.setQueryData(settingsKey('o1'), {
        settings: { id: 'o1', name: 'Harbor Advocates', retentionDays: 30 },
      });
    },
    expect: 'Configuración de la organización',
  },
  {
    name: 'my completion record',
    ui: <MyRecordPage params={{ courseId: 'c1' }} />,
    seed: (qc) => qc.setQueryData(['me', 'record', 'c1'], { record }),
    expect: 'Imprimir o guardar como PDF',
  },
  {
    name: 'my data',
    ui: <MyDataPage />,
    seed: (qc) => manager(qc, ['trainee']),
    expect: 'Descargar',
  },
  {
    name: 'my data, signed out',
    ui: <MyDataPage />,
    seed: (qc) => qc.setQueryData(myOrgsKey, []),
    expect: 'Ir a iniciar sesión',
  },
  {
    name: 'join link, signed in',
    ui: <InviteJoinPage params={{ token: 'tok' }} />,
    seed: (qc) => {
      qc.setQueryData(['join', 'tok'], { join: joinInfo });
      qc.setQueryData(['join', 'auth'], { user: { id: 'u1', email: 'ana@example.org', name: 'Ana Ruiz' } });
    },
    expect: 'Ana Ruiz',
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

  it('covers every page of the manager, trainee and join areas', () => {
    // A page added to these folders without an entry above fails here, so none is left unchecked.
    const modules = import.meta.glob<Record<string, unknown>>(
      '../features/{courses-manage,my-courses,join,my-data}/*Page.tsx',
      { eager: true },
    );
    const exported = Object.values(modules).flatMap((m) =>
      Object.entries(m).filter(([name, value]) => name.endsWith('Page') && typeof value === 'function'),
    );
    expect(exported.length).toBeGreaterThan(10);
    const covered = new Set(pages.map((p) => p.ui.type));
    expect(exported.filter(([, page]) => !covered.has(page as never)).map(([name]) => name)).toEqual([]);
  });

  it('finds an English phrase when one is left (the check itself works)', () => {
    const { container } = renderWithApp(<p>Your attempts</p>);
    expect(englishLeftIn(container)).toEqual(['Your attempts']);
  });
});
