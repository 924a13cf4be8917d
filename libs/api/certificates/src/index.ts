export * from './lib/certificates.module';
export { CertificateAutomation } from './lib/services/certificate-automation.service';
export { CertificateRenderer } from './lib/render/certificate-renderer';
export { SAMPLE_DESIGN } from './lib/render/sample-design';
