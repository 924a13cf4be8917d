import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@bina-pustaka/api-audit';
import { MailModule } from '@bina-pustaka/api-platform';
import { LearningModule } from '@bina-pustaka/api-learning';
import { NotificationsModule } from '@bina-pustaka/api-notifications';
import { WebinarLedgerModule } from '@bina-pustaka/api-webinar';
import './certificates.messages';
import { CertificateBatchesController } from './controllers/certificate-batches.controller';
import { CertificateTemplatesController } from './controllers/certificate-templates.controller';
import { CertificatesController } from './controllers/certificates.controller';
import { CertificateDemoSeederService } from './demo/certificate-demo-seeder.service';
import { CertificateBatchEntity, CertificateEntity } from './entities/certificate.entity';
import {
  CertificateImageEntity,
  CertificateTemplateEntity,
  CourseCertificateTemplateEntity,
} from './entities/certificate-template.entity';
import { CreateCertificates1764200000000 } from './migrations/1764200000000-create-certificates';
import { CertificatesForWebinars1764600000000 } from './migrations/1764600000000-certificates-for-webinars';
import { ReadableFailureReasons1764850000000 } from './migrations/1764850000000-readable-failure-reasons';
import { CertificatesForEventGuests1765520000000 } from './migrations/1765520000000-certificates-for-event-guests';
import { CertificateCoOrganisers1765705000000 } from './migrations/1765705000000-certificate-co-organisers';
// The road, in order: templates -> issue -> render -> deliver -> verify.
import { CertificateImagesService } from './templates/certificate-images.service';
import { CertificateTemplatesService } from './templates/certificate-templates.service';
import { CertificateAutomationService } from './issue/certificate-automation.service';
import { CertificateBatchesService } from './issue/certificate-batches.service';
import { CertificateIssuerService } from './issue/certificate-issuer.service';
import { CertificateQueueService } from './issue/certificate-queue.service';
import { CertificateReissueService } from './issue/certificate-reissue.service';
import { SubjectCertificatesService } from './issue/subject-certificates.service';
import { RENDER_THREAD_ENTRY, type RenderThreadEntry } from './render/certificate-render-pool';
import { CertificatePreviewService } from './render/certificate-preview.service';
import { CertificateNotifierService } from './deliver/certificate-notifier.service';
import { CertificatesService } from './deliver/certificates.service';
import { IssueCertificateProcessor } from './deliver/issue-certificate.processor';
import { CertificateVerificationService } from './verify/certificate-verification.service';
import { VerifyThrottleService } from './verify/verify-throttle.service';
import { CertificateRecordService } from './verify/certificate-record.service';
import { CertificatesPersonalDataService } from './privacy/certificates-personal-data.service';
import { GuestCertificatesPrivacyService } from './privacy/guest-certificates-privacy.service';

export const certificatesMigrations = [
  CreateCertificates1764200000000,
  CertificatesForWebinars1764600000000,
  ReadableFailureReasons1764850000000,
  CertificatesForEventGuests1765520000000,
  CertificateCoOrganisers1765705000000,
];

const entities = [
  CertificateEntity,
  CertificateBatchEntity,
  CertificateTemplateEntity,
  CertificateImageEntity,
  CourseCertificateTemplateEntity,
];

/**
 * The api side of certificates: templates, issuing (rows + queued jobs), revocation,
 * reissue, downloads, public verification and the reconciler. Rendering happens in the
 * worker (CertificatesWorkerModule).
 */
@Module({
  imports: [TypeOrmModule.forFeature(entities), LearningModule, MailModule, WebinarLedgerModule, AuditModule],
  controllers: [CertificateTemplatesController, CertificateBatchesController, CertificatesController],
  providers: [
    CertificateImagesService,
    CertificateTemplatesService,
    CertificateQueueService,
    CertificateIssuerService,
    CertificateBatchesService,
    CertificateReissueService,
    CertificateAutomationService,
    CertificatePreviewService,
    CertificatesService,
    CertificateVerificationService,
    VerifyThrottleService,
    CertificateDemoSeederService,
    CertificatesPersonalDataService,
    SubjectCertificatesService,
    CertificateRecordService,
  ],
  // Other domains ask for certificates on their own subjects (an event's) through this.
  exports: [SubjectCertificatesService],
})
export class CertificatesModule {}

/**
 * Forgetting an event's guest on their certificates (GuestCertificatesPrivacyService), for
 * the domain that knows its guests: light on purpose (tables and storage only), so the
 * events part and the worker's retention rule need not start the rest of certificates.
 */
@Module({ providers: [GuestCertificatesPrivacyService], exports: [GuestCertificatesPrivacyService] })
export class CertificateGuestPrivacyModule {}

export interface CertificatesWorkerOptions {
  /**
   * The render thread's code: in an app, the bundle of the lib's render-thread entry point
   * (README, "Build inputs"); null renders in the worker's own thread.
   */
  renderThread: RenderThreadEntry | null;
}

/** The worker side: renders queued certificates and tells their holders. */
@Module({})
export class CertificatesWorkerModule {
  static register(options: CertificatesWorkerOptions): DynamicModule {
    return {
      module: CertificatesWorkerModule,
      imports: [TypeOrmModule.forFeature(entities), MailModule, NotificationsModule],
      providers: [
        { provide: RENDER_THREAD_ENTRY, useValue: options.renderThread },
        IssueCertificateProcessor,
        CertificateNotifierService,
      ],
    };
  }
}
