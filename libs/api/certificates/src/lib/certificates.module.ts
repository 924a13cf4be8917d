import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailModule } from '@bina-pustaka/api-platform';
import { LearningModule } from '@bina-pustaka/api-learning';
import { NotificationsModule } from '@bina-pustaka/api-notifications';
import { WebinarLedgerModule } from '@bina-pustaka/api-webinar';
import './certificates.messages';
import { CertificateBatchesController } from './controllers/certificate-batches.controller';
import { CertificateTemplatesController } from './controllers/certificate-templates.controller';
import { CertificatesController } from './controllers/certificates.controller';
import { CertificateDemoSeeder } from './demo/certificate-demo-seeder';
import { CertificateBatchEntity, CertificateEntity } from './entities/certificate.entity';
import {
  CertificateImageEntity,
  CertificateTemplateEntity,
  CourseCertificateTemplateEntity,
} from './entities/certificate-template.entity';
import { CreateCertificates1764200000000 } from './migrations/1764200000000-create-certificates';
import { CertificatesForWebinars1764600000000 } from './migrations/1764600000000-certificates-for-webinars';
import { CertificateAutomation } from './services/certificate-automation.service';
import { CertificateBatches } from './services/certificate-batches.service';
import { CertificateImages } from './services/certificate-images.service';
import { CertificateIssuer } from './services/certificate-issuer.service';
import { CertificatePreview } from './services/certificate-preview.service';
import { CertificateQueue } from './services/certificate-queue.service';
import { CertificateReissue } from './services/certificate-reissue.service';
import { CertificateTemplates } from './services/certificate-templates.service';
import { CertificatesService } from './services/certificates.service';
import { VerifyThrottle } from './services/verify-throttle.service';
import { CertificateNotifier } from './worker/certificate-notifier.service';
import { IssueCertificateProcessor } from './worker/issue-certificate.processor';

export const certificatesMigrations = [CreateCertificates1764200000000, CertificatesForWebinars1764600000000];

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
  imports: [TypeOrmModule.forFeature(entities), LearningModule, MailModule, WebinarLedgerModule],
  controllers: [CertificateTemplatesController, CertificateBatchesController, CertificatesController],
  providers: [
    CertificateImages,
    CertificateTemplates,
    CertificatePreview,
    CertificateQueue,
    CertificateIssuer,
    CertificateBatches,
    CertificatesService,
    CertificateReissue,
    CertificateAutomation,
    VerifyThrottle,
    CertificateDemoSeeder,
  ],
  exports: [CertificateAutomation],
})
export class CertificatesModule {}

/** The worker side: renders queued certificates and tells their holders. */
@Module({
  imports: [TypeOrmModule.forFeature(entities), MailModule, NotificationsModule],
  providers: [IssueCertificateProcessor, CertificateNotifier],
})
export class CertificatesWorkerModule {}
