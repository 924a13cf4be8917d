import { Injectable } from '@nestjs/common';
import { AuditTrailService } from '@bina-pustaka/api-audit';
import type { Principal } from '@bina-pustaka/api-platform';
import type { CertificateRole } from '@bina-pustaka/shared-contracts';
import { CertificateTemplatesService } from '../templates/certificate-templates.service';
import { bulkIssueAudit } from './certificate-batch-view';
import {
  CertificateIssuerService,
  type GuestHolder,
  type IssueRecipient,
  type IssueSubject,
} from './certificate-issuer.service';

/** One holder another domain names: a member by their account, or a guest by name and email. */
export type SubjectHolder = { userId: string } | { guest: GuestHolder };

export interface SubjectCertificateOrder {
  actor: Principal;
  /** What the certificates are for: an event (the one subject other domains ask for today). */
  subject: IssueSubject & { kind: 'event' };
  templateId: string;
  /** The date the certificates state. */
  awardedAt: Date;
  /** One batch per role, in this order. */
  roles: { role: CertificateRole; holders: SubjectHolder[] }[];
}

export interface SubjectCertificateOutcome {
  role: CertificateRole;
  people: number;
  queued: number;
  alreadyHeld: number;
}

/**
 * Certificates another domain asks for on its own subject (an event's participants,
 * speakers, committee and facilitators), through the same issuer, queue and batches as a
 * coordinator's: one batch per role, nobody given the same certificate twice. The other
 * domain decides who; this checks the template and writes the certificates.
 */
@Injectable()
export class SubjectCertificatesService {
  constructor(
    private readonly templates: CertificateTemplatesService,
    private readonly issuer: CertificateIssuerService,
    private readonly audit: AuditTrailService,
  ) {}

  async issue(order: SubjectCertificateOrder): Promise<SubjectCertificateOutcome[]> {
    // 404 for an unknown template before anything is written.
    const template = await this.templates.find(order.templateId);
    const outcomes: SubjectCertificateOutcome[] = [];
    for (const { role, holders } of order.roles) {
      if (holders.length === 0) {
        outcomes.push({ role, people: 0, queued: 0, alreadyHeld: 0 });
        continue;
      }
      const recipients = holders.map(
        (holder): IssueRecipient => ({
          ...('userId' in holder ? { holderId: holder.userId } : { holderId: null, guest: holder.guest }),
          cohortId: null,
          cohortName: null,
          awardedAt: order.awardedAt,
          forcedReason: null,
        }),
      );
      const outcome = await this.issuer.issue({
        subject: order.subject,
        role,
        template,
        recipients,
        requestedById: order.actor.userId,
        batch: { cohortId: null, cohortName: null, createdById: order.actor.userId },
        beforeCommit: bulkIssueAudit(this.audit, order.actor, 'event', holders.length),
      });
      outcomes.push({ role, people: holders.length, queued: outcome.created.length, alreadyHeld: outcome.alreadyHeld });
    }
    return outcomes;
  }
}
