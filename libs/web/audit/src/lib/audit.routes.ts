import type { Routes } from '@angular/router';
import { APP_PATHS } from '@bina-pustaka/shared-contracts';
import { AUDIT_LOG_ROLES, roleGuard, signedInGuard, translationScopeRoute } from '@bina-pustaka/web-data-access';
import { AUDIT_SCOPE } from './audit-keys';

/**
 * The audit log page, a lazy chunk under a parent that brings the `audit` translations
 * with it (none of its words are in the main bundle). Its title is a key of the main
 * translations, which the tab title needs before the scope loads.
 */
export const auditRoutes: Routes = [
  translationScopeRoute(AUDIT_SCOPE, { id: () => import('./i18n/id.json'), en: () => import('./i18n/en.json') }, [
    {
      path: APP_PATHS.auditLog,
      title: 'titles.auditLog',
      canActivate: [signedInGuard, roleGuard(...AUDIT_LOG_ROLES)],
      loadComponent: () => import('./audit-log/audit-log.page').then((m) => m.AuditLogPage),
    },
  ]),
];
