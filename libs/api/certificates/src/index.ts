// The api's and the worker's modules. Other entry points: './render-thread' (a build
// input of apps that run CertificatesWorkerModule) and './testing'.
export {
  CertificateGuestPrivacyModule,
  CertificatesModule,
  CertificatesWorkerModule,
  certificatesMigrations,
} from './lib/certificates.module';
export { GuestCertificatesPrivacyService, type ErasedGuest } from './lib/privacy/guest-certificates-privacy.service';
export {
  SubjectCertificatesService,
  type SubjectCertificateOrder,
  type SubjectCertificateOutcome,
  type SubjectHolder,
} from './lib/issue/subject-certificates.service';
export type { GuestHolder } from './lib/issue/certificate-issuer.service';
