export {
  CERTIFICATE_DIALOG_ACTIONS,
  CERTIFICATES_SCOPE,
  ISSUE_MODES,
  MANAGE_CERTIFICATE_SECTIONS,
  TEMPLATE_TEXT_FIELDS,
  VERIFICATION_VERDICTS,
  certificateAnchor,
} from './lib/certificate-keys';
export * from './lib/certificates.routes';
