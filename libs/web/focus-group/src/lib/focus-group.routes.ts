import type { Routes } from '@angular/router';
import { APP_PATHS } from '@bina-pustaka/shared-contracts';
import {
  FOCUS_GROUP_ORGANISER_ROLES,
  roleGuard,
  signedInGuard,
  translationScopeRoute,
} from '@bina-pustaka/web-data-access';
import { FOCUS_GROUP_SCOPE } from './focus-group-keys';

/**
 * The focus-group pages, each its own lazy chunk, under a parent that brings the
 * `focusGroup` translations. The fixed paths (`baru`, `tindak-lanjut`) come before
 * `diskusi-fokus/:groupId`, so neither is taken for a group's id. Who sees which group is
 * the api's decision (a group one is not in answers 404); creating groups and the action
 * items of every group are the coordinators'. One tab title for all four keeps the main
 * translations (in the first download) to one word.
 */
export const focusGroupRoutes: Routes = [
  translationScopeRoute(FOCUS_GROUP_SCOPE, { id: () => import('./i18n/id.json'), en: () => import('./i18n/en.json') }, [
    {
      path: APP_PATHS.focusGroups,
      title: 'titles.focusGroups',
      canActivate: [signedInGuard],
      loadComponent: () => import('./list/focus-groups.page').then((m) => m.FocusGroupsPage),
    },
    {
      path: APP_PATHS.newFocusGroup,
      title: 'titles.focusGroups',
      canActivate: [signedInGuard, roleGuard(...FOCUS_GROUP_ORGANISER_ROLES)],
      loadComponent: () => import('./new-group/new-focus-group.page').then((m) => m.NewFocusGroupPage),
    },
    {
      path: APP_PATHS.focusGroupActions,
      title: 'titles.focusGroups',
      canActivate: [signedInGuard, roleGuard(...FOCUS_GROUP_ORGANISER_ROLES)],
      loadComponent: () => import('./actions/action-items.page').then((m) => m.ActionItemsPage),
    },
    {
      path: APP_PATHS.focusGroup,
      title: 'titles.focusGroups',
      canActivate: [signedInGuard],
      loadComponent: () => import('./group/focus-group.page').then((m) => m.FocusGroupPage),
    },
  ]),
];
