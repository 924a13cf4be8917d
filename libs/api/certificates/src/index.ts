// The api's and the worker's modules. Other entry points: './render-thread' (a build
// input of apps that run CertificatesWorkerModule) and './testing'.
export { CertificatesModule, CertificatesWorkerModule, certificatesMigrations } from './lib/certificates.module';
