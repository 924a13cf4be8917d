import type { Routes } from '@angular/router';
import { APP_PATHS, CERTIFICATE_MANAGER_ROLES, roleGuard, signedInGuard } from '@bina-pustaka/web-data-access';

/** Every page of the certificates feature, each its own lazy chunk. Titles are translation keys. */
export const certificatesRoutes: Routes = [
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
];
