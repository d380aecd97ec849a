import type { ComponentType } from 'react';
import { JoinDispatch } from './JoinDispatch';
import { lazyPage } from './lazyPage';

/** A page of the app: a wouter path pattern and the component it renders (given the path's params). */
export interface AppRoute {
  path: string;
  // biome-ignore lint/suspicious/noExplicitAny: each page declares its own params shape
  component: ComponentType<{ params: any }>;
}

/**
 * Every page, first match wins. Each page is its own chunk, so the player route loads only what it
 * needs. To add a feature's pages, add a line (the workshop's go here).
 */
export const routes: AppRoute[] = [
  { path: '/', component: lazyPage(() => import('../features/catalog/CatalogPage'), 'CatalogPage') },
  {
    path: '/scenarios/:id',
    component: lazyPage(() => import('../features/scenario/ScenarioPage'), 'ScenarioPage'),
  },
  { path: '/runs/:id', component: lazyPage(() => import('../features/player/PlayerPage'), 'PlayerPage') },
  {
    path: '/runs/:id/debrief',
    component: lazyPage(() => import('../features/debrief/DebriefPage'), 'DebriefPage'),
  },
  { path: '/sources', component: lazyPage(() => import('../features/sources/SourcesPage'), 'SourcesPage') },
  {
    path: '/workshop',
    component: lazyPage(() => import('../features/workshop/WorkshopHomePage'), 'WorkshopHomePage'),
  },
  {
    path: '/workshop/rooms/:id',
    component: lazyPage(() => import('../features/workshop/PresenterPage'), 'PresenterPage'),
  },
  {
    path: '/workshop/rooms/:id/debrief',
    component: lazyPage(() => import('../features/workshop/RoomDebriefPage'), 'RoomDebriefPage'),
  },
  {
    path: '/author',
    component: lazyPage(() => import('../features/authoring/AuthoringHomePage'), 'AuthoringHomePage'),
  },
  {
    path: '/author/drafts/:id',
    component: lazyPage(() => import('../features/authoring/WorkspacePage'), 'WorkspacePage'),
  },
  // A workshop room code or a course invite token (see JoinDispatch).
  { path: '/join/:code?', component: JoinDispatch },
  {
    path: '/sign-in/:token',
    component: lazyPage(() => import('../features/join/SignInLinkPage'), 'SignInLinkPage'),
  },
  {
    path: '/manage/courses',
    component: lazyPage(() => import('../features/courses-manage/CoursesPage'), 'CoursesPage'),
  },
  {
    path: '/manage/courses/:courseId/edit',
    component: lazyPage(() => import('../features/courses-manage/CourseEditPage'), 'CourseEditPage'),
  },
  {
    path: '/manage/courses/:courseId',
    component: lazyPage(() => import('../features/courses-manage/CoursePage'), 'CoursePage'),
  },
  {
    path: '/manage/cohorts/:cohortId',
    component: lazyPage(() => import('../features/courses-manage/CohortPage'), 'CohortPage'),
  },
  {
    path: '/manage/cohorts/:cohortId/trainees/:userId',
    component: lazyPage(() => import('../features/courses-manage/TraineePage'), 'TraineePage'),
  },
  {
    path: '/records/cohorts/:cohortId/trainees/:userId',
    component: lazyPage(() => import('../features/courses-manage/RecordPage'), 'RecordPage'),
  },
  {
    path: '/my/courses',
    component: lazyPage(() => import('../features/my-courses/MyCoursesPage'), 'MyCoursesPage'),
  },
  {
    path: '/records/my/:courseId',
    component: lazyPage(() => import('../features/my-courses/MyRecordPage'), 'MyRecordPage'),
  },
  {
    path: '/my/courses/:courseId/attempts/:runId/debrief',
    component: lazyPage(() => import('../features/debrief/MyAttemptDebriefPage'), 'MyAttemptDebriefPage'),
  },
  { path: '/my/data', component: lazyPage(() => import('../features/my-data/MyDataPage'), 'MyDataPage') },
  {
    path: '/manage/settings',
    component: lazyPage(() => import('../features/courses-manage/OrgSettingsPage'), 'OrgSettingsPage'),
  },
  {
    path: '/rooms/:id/participate',
    component: lazyPage(() => import('../features/workshop/ParticipantPage'), 'ParticipantPage'),
  },
];
