export * from './lib/certificate-keys';
export * from './lib/certificates.routes';
