import type { Routes } from '@angular/router';
import { translationScopeRoute } from '@bina-pustaka/web-data-access';
import { doorRoutes } from './door/door.routes';
import { EVENT_DOOR_SCOPE, EVENT_MANAGE_SCOPE, EVENTS_SCOPE } from './event-keys';
import { manageEventRoutes } from './manage/manage-event.routes';
import { publicEventRoutes } from './public/public-event.routes';

/** The event pages, each its own lazy chunk, under three parents that bring each audience's words. */
export const eventRoutes: Routes = [
  translationScopeRoute(
    EVENTS_SCOPE,
    { id: () => import('./public/i18n/id.json'), en: () => import('./public/i18n/en.json') },
    publicEventRoutes,
  ),
  translationScopeRoute(
    EVENT_MANAGE_SCOPE,
    { id: () => import('./manage/i18n/id.json'), en: () => import('./manage/i18n/en.json') },
    manageEventRoutes,
  ),
  translationScopeRoute(
    EVENT_DOOR_SCOPE,
    { id: () => import('./door/i18n/id.json'), en: () => import('./door/i18n/en.json') },
    doorRoutes,
  ),
];
