/**
 * Values the screens turn into translation keys (`certificates.certificatesAdmin.sections.<value>`,
 * `certificates.issue.modes.<value>`), kept free of runtime imports so the translation test, the route
 * barrel and the shell's navigation can read them without loading any page.
 */

/** The Transloco scope every certificates string lives in (`certificates.*`), loaded with the certificates routes. */
export const CERTIFICATES_SCOPE = 'certificates';
export const MANAGE_CERTIFICATE_SECTIONS = ['templat', 'penerbitan', 'sertifikat'] as const;
export type ManageCertificateSection = (typeof MANAGE_CERTIFICATE_SECTIONS)[number];

/** Whom a bulk issue is for: a cohort's completers, people picked from it, or a CSV list. */
export const ISSUE_MODES = ['cohort', 'picked', 'csv'] as const;
export type IssueMode = (typeof ISSUE_MODES)[number];

/** Certificate actions that ask for a reason in a dialog. */
export const CERTIFICATE_DIALOG_ACTIONS = ['revoke', 'reissue'] as const;
export type CertificateDialogAction = (typeof CERTIFICATE_DIALOG_ACTIONS)[number];

/** The template texts a placeholder button writes into (`certificates.templateEditor.into.<value>`). */
export const TEMPLATE_TEXT_FIELDS = ['titleId', 'titleEn', 'bodyId', 'bodyEn'] as const;
export type TemplateTextField = (typeof TEMPLATE_TEXT_FIELDS)[number];

/** What a public verification can say (`certificates.verify.verdict.<value>`). */
export const VERIFICATION_VERDICTS = ['valid', 'revoked', 'superseded'] as const;

/** Element id of a certificate on "Sertifikat saya": `/sertifikat-saya#sertifikat-<id>` leads to it. */
export const certificateAnchor = (certificateId: string): string => `sertifikat-${certificateId}`;
