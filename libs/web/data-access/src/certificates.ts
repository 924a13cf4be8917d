// Secondary entry point '@bina-pustaka/web-data-access/certificates': the certificate api
// clients. Only lazy pages use them, so they stay out of the main barrel that the initial
// bundle imports (workspace libs are not side-effect free, so a barrel pulls in all it exports).
export * from './lib/certificates/blob-error';
export * from './lib/certificates/certificate-batches-api.service';
export * from './lib/certificates/certificate-code';
export * from './lib/certificates/certificate-constants';
export * from './lib/certificates/certificate-templates-api.service';
export * from './lib/certificates/certificates-api.service';
export * from './lib/certificates/certificate-verification-api.service';
