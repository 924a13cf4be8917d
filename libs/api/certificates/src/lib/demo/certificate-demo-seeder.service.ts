import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserDirectoryService } from '@bina-pustaka/api-identity';
import { LearningDemoSeederService } from '@bina-pustaka/api-learning';
import { DataSource } from 'typeorm';
import { CertificateTemplateEntity } from '../entities/certificate-template.entity';
import { SAMPLE_DESIGN } from '../templates/sample-design';
import { CertificateAutomationService } from '../issue/certificate-automation.service';

/**
 * The demo library's default certificate template, signed by its head and its training
 * coordinator; then the demo learner's finished course gets its certificate.
 */
@Injectable()
export class CertificateDemoSeederService implements OnApplicationBootstrap {
  private readonly logger = new Logger(CertificateDemoSeederService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly learning: LearningDemoSeederService,
    private readonly directory: UserDirectoryService,
    private readonly automation: CertificateAutomationService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!(await this.learning.ensureSeeded())) return;
    const coordinator = (await this.directory.byEmails(['koordinator@perpustakaan.test'])).get(
      'koordinator@perpustakaan.test',
    );
    await this.dataSource.getRepository(CertificateTemplateEntity).save({
      name: 'Sertifikat pelatihan (bawaan)',
      isDefault: true,
      institutionId: coordinator?.institutionId ?? null,
      createdById: coordinator?.id ?? null,
      design: {
        ...SAMPLE_DESIGN,
        signatories: [
          ...SAMPLE_DESIGN.signatories,
          {
            name: coordinator?.fullName ?? 'Bambang Sutrisno, S.IP.',
            position: 'Koordinator Pelatihan',
            detail: coordinator?.nip ? `NIP ${coordinator.nip}` : null,
            signatureImageId: null,
          },
        ],
      },
    });
    const { issued } = await this.automation.reconcile();
    this.logger.log(`Seeded the default certificate template (${issued} demo certificates queued)`);
  }
}
