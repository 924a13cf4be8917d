import { Injectable } from '@nestjs/common';
import { AppError, type Principal } from '@bina-pustaka/api-platform';
import { CourseCompletions } from '@bina-pustaka/api-learning';
import type { CertificateEntity } from '../entities/certificate.entity';
import { CertificateTemplateEntity } from '../entities/certificate-template.entity';
import { CertificateIssuer } from './certificate-issuer.service';
import { CertificateTemplates } from './certificate-templates.service';
import { CertificatesService } from './certificates.service';

/**
 * A corrected certificate: a new version made from the holder's current profile (a fixed
 * name, a new NIP), the course as it is now and the chosen template; the old version is
 * marked superseded in the same transaction and its verify page points to the new one.
 */
@Injectable()
export class CertificateReissue {
  constructor(
    private readonly certificates: CertificatesService,
    private readonly templates: CertificateTemplates,
    private readonly completions: CourseCompletions,
    private readonly issuer: CertificateIssuer,
  ) {}

  async reissue(
    actor: Principal,
    id: string,
    request: { reason: string; templateId?: string },
  ): Promise<CertificateEntity> {
    const old = await this.certificates.find(id);
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
      },
      role: old.role,
      template,
      recipients: [
        {
          holderId: old.holderId,
          cohortId: old.cohortId,
          cohortName: old.cohortName,
          awardedAt: old.awardedAt,
          forcedReason: old.forcedReason,
        },
      ],
      requestedById: actor.userId,
      supersedes: { id: old.id, reason: request.reason },
    });
    const created = outcome.created[0];
    if (!created) throw new AppError(409, 'certificates.notIssued');
    return created;
  }
}
