import type { Routes } from '@angular/router';
import { APP_PATHS } from '@bina-pustaka/shared-contracts';
import {
  PARTNER_MANAGER_ROLES,
  USER_ADMIN_ROLES,
  roleGuard,
  signedInGuard,
  signedOutGuard,
  translationScopeRoute,
} from '@bina-pustaka/web-data-access';
import { IDENTITY_SCOPE } from './identity-keys';

/**
 * Every page of the identity feature, each its own lazy chunk. Titles are translation keys
 * of the main translations. Sign-in is what a new visitor sees first, so its words are in
 * the main translations too and it loads no scope; the other pages bring the `identity`
 * scope with them.
 */
export const identityRoutes: Routes = [
  {
    path: APP_PATHS.signIn,
    title: 'titles.signIn',
    canActivate: [signedOutGuard],
    loadComponent: () => import('./sign-in/sign-in.page').then((m) => m.SignInPage),
  },
  translationScopeRoute(IDENTITY_SCOPE, { id: () => import('./i18n/id.json'), en: () => import('./i18n/en.json') }, [
    {
      path: APP_PATHS.forgotPassword,
      title: 'titles.forgotPassword',
      loadComponent: () => import('./forgot-password/forgot-password.page').then((m) => m.ForgotPasswordPage),
    },
    {
      path: APP_PATHS.resetPassword,
      title: 'titles.resetPassword',
      loadComponent: () => import('./reset-password/reset-password.page').then((m) => m.ResetPasswordPage),
    },
    {
      path: APP_PATHS.acceptInvitation,
      title: 'titles.acceptInvitation',
      loadComponent: () => import('./accept-invitation/accept-invitation.page').then((m) => m.AcceptInvitationPage),
    },
    {
      path: APP_PATHS.register,
      title: 'titles.register',
      canActivate: [signedOutGuard],
      loadComponent: () => import('./register/register.page').then((m) => m.RegisterPage),
    },
    {
      path: APP_PATHS.profile,
      title: 'titles.profile',
      canActivate: [signedInGuard],
      loadComponent: () => import('./profile/profile.page').then((m) => m.ProfilePage),
    },
    {
      path: APP_PATHS.adminUsers,
      title: 'titles.adminUsers',
      canActivate: [signedInGuard, roleGuard(...USER_ADMIN_ROLES)],
      loadComponent: () => import('./users/users.page').then((m) => m.UsersPage),
    },
    {
      path: APP_PATHS.managePartners,
      title: 'titles.managePartners',
      canActivate: [signedInGuard, roleGuard(...PARTNER_MANAGER_ROLES)],
      loadComponent: () => import('./partners/partners.page').then((m) => m.PartnersPage),
    },
  ]),
];
