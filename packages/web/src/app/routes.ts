import type { ComponentType } from 'react';
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
  { path: '/join/:code?', component: lazyPage(() => import('../features/workshop/JoinPage'), 'JoinPage') },
  {
    path: '/rooms/:id/participate',
    component: lazyPage(() => import('../features/workshop/ParticipantPage'), 'ParticipantPage'),
  },
];
