import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserDirectoryService } from '@bina-pustaka/api-identity';
import { LearningDemoSeederService } from '@bina-pustaka/api-learning';
import { DataSource } from 'typeorm';
import { CertificateTemplateEntity } from '../entities/certificate-template.entity';
import { SAMPLE_DESIGN } from '../templates/sample-design';
import { CertificateAutomationService } from '../issue/certificate-automation.service';

const EVENT_DESIGN = {
  ...SAMPLE_DESIGN,
  titleEn: 'Certificate',
  bodyId: 'atas partisipasinya sebagai {{peran}} dalam acara "{{kegiatan}}" yang diselenggarakan pada {{tanggal}}.',
  bodyEn: 'for taking part as {{peran}} in the event "{{kegiatan}}", held on {{tanggal}}.',
};

/**
 * The demo library's certificate templates (the default one for training, one for events),
 * signed by its head and its training coordinator; then the demo learner's finished course
 * gets its certificate.
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
    const signatories = [
      ...SAMPLE_DESIGN.signatories,
      {
        name: coordinator?.fullName ?? 'Bambang Sutrisno, S.IP.',
        position: 'Koordinator Pelatihan',
        detail: coordinator?.nip ? `NIP ${coordinator.nip}` : null,
        signatureImageId: null,
      },
    ];
    const owner = { institutionId: coordinator?.institutionId ?? null, createdById: coordinator?.id ?? null };
    await this.dataSource.getRepository(CertificateTemplateEntity).save([
      { name: 'Sertifikat pelatihan (bawaan)', isDefault: true, ...owner, design: { ...SAMPLE_DESIGN, signatories } },
      // Events give no learning hours and have no cohort: their certificate says neither.
      { name: 'Sertifikat acara', isDefault: false, ...owner, design: { ...EVENT_DESIGN, signatories } },
    ]);
    const { issued } = await this.automation.reconcile();
    this.logger.log(`Seeded the default certificate template (${issued} demo certificates queued)`);
  }
}
