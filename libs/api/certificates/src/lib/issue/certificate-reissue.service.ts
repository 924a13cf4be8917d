import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditTrailService } from '@bina-pustaka/api-audit';
import { AppError, type Principal } from '@bina-pustaka/api-platform';
import { CourseCompletionsService } from '@bina-pustaka/api-learning';
import { DataSource } from 'typeorm';
import { CertificateEntity } from '../entities/certificate.entity';
import { CertificateTemplateEntity } from '../entities/certificate-template.entity';
import { CertificateIssuerService } from './certificate-issuer.service';
import { CertificateTemplatesService } from '../templates/certificate-templates.service';

/**
 * A corrected certificate: a new version made from the holder's current profile (a fixed
 * name, a new NIP), the course as it is now and the chosen template; the old version is
 * marked superseded in the same transaction and its verify page points to the new one.
 */
@Injectable()
export class CertificateReissueService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly templates: CertificateTemplatesService,
    private readonly completions: CourseCompletionsService,
    private readonly issuer: CertificateIssuerService,
    private readonly audit: AuditTrailService,
  ) {}

  async reissue(
    actor: Principal,
    id: string,
    request: { reason: string; templateId?: string },
  ): Promise<CertificateEntity> {
    const old = await this.dataSource.getRepository(CertificateEntity).findOneBy({ id });
    if (!old) throw new AppError(404, 'certificates.notFound');
    if (old.status !== 'issued') throw new AppError(409, 'certificates.notIssued');
    const course = await this.completions.course(old.subjectId);
    const template = request.templateId
      ? await this.templates.find(request.templateId)
      : ((old.templateId ? await this.templates.find(old.templateId).catch(() => null) : null) ??
        // The template was deleted since: reuse the design the old certificate was made with.
        Object.assign(new CertificateTemplateEntity(), {
          id: old.templateId,
          institutionId: old.numberSeries === 'default' ? null : old.numberSeries,
          design: old.design,
        }));
    const outcome = await this.issuer.issue({
      subject: {
        kind: old.subjectKind,
        id: old.subjectId,
        title: course?.title ?? old.subjectTitle,
        jp: course?.jp ?? old.jp,
        coOrganisers: old.coOrganisers,
      },
      role: old.role,
      template,
      recipients: [
        {
          ...(old.holderId === null
            ? {
                holderId: null,
                guest: { name: old.holderName, email: old.holderEmail, institution: old.holderInstitution },
              }
            : { holderId: old.holderId }),
          cohortId: old.cohortId,
          cohortName: old.cohortName,
          awardedAt: old.awardedAt,
          forcedReason: old.forcedReason,
        },
      ],
      requestedById: actor.userId,
      supersedes: { id: old.id, reason: request.reason },
      beforeCommit: async (manager, { created: [created] }) => {
        // Nothing replaced it (a concurrent request did): the old one stays issued.
        if (!created) throw new AppError(409, 'certificates.notIssued');
        await this.audit.record(
          {
            action: 'certificate.reissued',
            actor,
            subject: { type: 'certificate', id: old.id, label: `${old.holderName} (${old.number})` },
            details: {
              number: old.number,
              holderId: old.holderId,
              reason: request.reason,
              newCertificateId: created.id,
              newNumber: created.number,
            },
          },
          manager,
        );
      },
    });
    return outcome.created[0];
  }
}
