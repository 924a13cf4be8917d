import type { Routes } from '@angular/router';
import { APP_PATHS } from '@bina-pustaka/shared-contracts';
import {
  CERTIFICATE_MANAGER_ROLES,
  roleGuard,
  signedInGuard,
  translationScopeRoute,
} from '@bina-pustaka/web-data-access';
import { CERTIFICATES_SCOPE } from './certificate-keys';

/**
 * Every page of the certificates feature, each its own lazy chunk, under one parent that brings
 * the `certificates` translations with each page (a lazy Transloco scope: none of its words are in
 * the main bundle). Titles are keys of the main translations, which the tab title needs
 * before any scope loads.
 */
export const certificatesRoutes: Routes = [
  translationScopeRoute(
    CERTIFICATES_SCOPE,
    { id: () => import('./i18n/id.json'), en: () => import('./i18n/en.json') },
    [
      {
        path: APP_PATHS.myCertificates,
        title: 'titles.myCertificates',
        canActivate: [signedInGuard],
        loadComponent: () => import('./my-certificates/my-certificates.page').then((m) => m.MyCertificatesPage),
      },
      {
        path: APP_PATHS.manageCertificates,
        title: 'titles.manageCertificates',
        canActivate: [signedInGuard, roleGuard(...CERTIFICATE_MANAGER_ROLES)],
        loadComponent: () => import('./manage/manage-certificates.page').then((m) => m.ManageCertificatesPage),
      },
      // Before ":templateId", so "baru" is never taken for an id.
      {
        path: APP_PATHS.newCertificateTemplate,
        title: 'titles.newCertificateTemplate',
        canActivate: [signedInGuard, roleGuard(...CERTIFICATE_MANAGER_ROLES)],
        loadComponent: () => import('./template-editor/template-editor.page').then((m) => m.TemplateEditorPage),
      },
      {
        path: APP_PATHS.certificateTemplate,
        title: 'titles.certificateTemplate',
        canActivate: [signedInGuard, roleGuard(...CERTIFICATE_MANAGER_ROLES)],
        loadComponent: () => import('./template-editor/template-editor.page').then((m) => m.TemplateEditorPage),
      },
      {
        path: APP_PATHS.issueCertificates,
        title: 'titles.issueCertificates',
        canActivate: [signedInGuard, roleGuard(...CERTIFICATE_MANAGER_ROLES)],
        loadComponent: () => import('./issue/issue-certificates.page').then((m) => m.IssueCertificatesPage),
      },
      {
        path: APP_PATHS.certificateBatch,
        title: 'titles.certificateBatch',
        canActivate: [signedInGuard, roleGuard(...CERTIFICATE_MANAGER_ROLES)],
        loadComponent: () => import('./batch/batch.page').then((m) => m.BatchPage),
      },
      // Public: what a certificate's QR code opens. No sign-in, and a small chunk.
      {
        path: APP_PATHS.verifyCertificate,
        title: 'titles.verifyCertificate',
        loadComponent: () => import('./verify/verify.page').then((m) => m.VerifyPage),
      },
      {
        path: APP_PATHS.verifyCertificateCode,
        title: 'titles.verifyCertificate',
        loadComponent: () => import('./verify/verify.page').then((m) => m.VerifyPage),
      },
    ],
  ),
];
