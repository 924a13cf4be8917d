import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { AppError } from '@bina-pustaka/api-platform';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserDirectoryService } from '@bina-pustaka/api-identity';
import type { CertificateRole, CertificateSubjectKind } from '@bina-pustaka/shared-contracts';
import { cachedDateFormat, formatCertificateNumber } from '@bina-pustaka/shared-util';
import { DataSource, type EntityManager } from 'typeorm';
import { CertificateBatchEntity, CertificateEntity } from '../entities/certificate.entity';
import type { CertificateTemplateEntity } from '../entities/certificate-template.entity';
import { CertificateImagesService } from '../templates/certificate-images.service';
import { newCertificateCode } from './certificate-codes';
import { CertificateQueueService } from './certificate-queue.service';
import { designImageRefs } from '../templates/certificate-templates.service';

export const LIVE_STATUSES = ['pending', 'issued', 'failed'] as const;

export interface IssueSubject {
  kind: CertificateSubjectKind;
  id: string;
  title: string;
  jp: number;
  /** Organisations it is run with, by name, in the order they are printed (none unless given). */
  coOrganisers?: string[];
}

interface RecipientBase {
  cohortId: string | null;
  cohortName: string | null;
  /** The date the certificate states (when the course was completed). */
  awardedAt: Date;
  forcedReason: string | null;
}

/** A holder without an account (an event's guest): what is printed and where it is sent. */
export interface GuestHolder {
  name: string;
  /** Lowercase. */
  email: string;
  institution: string | null;
}

export type IssueRecipient =
  | (RecipientBase & { holderId: string; guest?: undefined })
  | (RecipientBase & { holderId: null; guest: GuestHolder });

/** Who a holder is among the certificates of one subject and role: their account, else their email. */
const holderKey = (recipient: IssueRecipient) => recipient.holderId ?? `guest:${recipient.guest.email}`;

interface Holder {
  id: string | null;
  fullName: string;
  nip: string | null;
  institution: string | null;
  email: string;
}

export interface IssueOrder {
  subject: IssueSubject;
  role: CertificateRole;
  template: CertificateTemplateEntity;
  recipients: IssueRecipient[];
  requestedById: string | null;
  /** A reissue: this issued certificate becomes superseded by the new one, atomically. */
  supersedes?: { id: string; reason: string };
  /** Set for a coordinator's bulk issue: the batch row is written in the same transaction. */
  batch?: { cohortId: string | null; cohortName: string | null; createdById: string };
  /** Runs last inside the transaction (the audit entry of a reissue or bulk issue); throwing undoes it all. */
  beforeCommit?: (manager: EntityManager, outcome: IssueOutcome) => Promise<void>;
}

export interface IssueOutcome {
  batch: CertificateBatchEntity | null;
  created: CertificateEntity[];
  alreadyHeld: number;
}

/** Where a template's numbering series lives: its institution, or one shared series. */
const institutionKey = (template: CertificateTemplateEntity) => template.institutionId ?? 'default';

const jakartaYear = (date: Date) =>
  Number(cachedDateFormat('en', { timeZone: 'Asia/Jakarta', year: 'numeric' }).format(date));

/**
 * Asks for certificates: in one transaction it writes each as `pending` with everything it
 * will print and the next numbers of the institution's year, then queues the rendering.
 * A holder is a member (their account's name, NIP and institution are copied) or an
 * event's guest (the name and email they registered with).
 * People who already hold a live certificate for the same subject and role are left as
 * they are (the partial unique index guarantees it even under races).
 */
@Injectable()
export class CertificateIssuerService {
  private readonly logger = new Logger(CertificateIssuerService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: UserDirectoryService,
    private readonly images: CertificateImagesService,
    private readonly queue: CertificateQueueService,
  ) {}

  async issue(order: IssueOrder): Promise<IssueOutcome> {
    const holderIds = order.recipients.flatMap((recipient) => (recipient.holderId ? [recipient.holderId] : []));
    const [members, imageKeys] = await Promise.all([this.directory.byIds(holderIds), this.imageKeys(order.template)]);
    const institutions = await this.directory.institutionNames([
      order.template.institutionId,
      ...[...members.values()].map((holder) => holder.institutionId),
    ]);
    const issuerName =
      (order.template.institutionId && institutions.get(order.template.institutionId)) || 'Bina Pustaka';
    const holderOf = (recipient: IssueRecipient): Holder | undefined => {
      if (recipient.holderId === null) {
        const { name, email, institution } = recipient.guest;
        return { id: null, fullName: name, nip: null, institution, email };
      }
      const member = members.get(recipient.holderId);
      return member
        ? {
            id: member.id,
            fullName: member.fullName,
            nip: member.nip,
            institution: member.institutionId ? (institutions.get(member.institutionId) ?? null) : null,
            email: member.email,
          }
        : undefined;
    };

    const outcome = await this.dataSource.transaction(async (manager) => {
      const now = new Date();
      const year = jakartaYear(now);
      // The counter row is the lock: numbers of one institution's year are taken in turn.
      await manager.query(
        `INSERT INTO certificate_number_counters (institution_key, year, last_value) VALUES ($1, $2, 0)
         ON CONFLICT DO NOTHING`,
        [institutionKey(order.template), year],
      );
      const [{ last_value: lastNumber }]: { last_value: number }[] = await manager.query(
        `SELECT last_value FROM certificate_number_counters WHERE institution_key = $1 AND year = $2 FOR UPDATE`,
        [institutionKey(order.template), year],
      );
      if (order.supersedes) {
        const [superseded] = (await manager.query(
          `UPDATE certificates SET status = 'superseded', revoked_at = now(), revoked_reason = $2
            WHERE id = $1 AND status = 'issued' RETURNING id`,
          [order.supersedes.id, order.supersedes.reason],
        )) as [{ id: string }[], number];
        if (superseded.length === 0) throw new AppError(409, 'certificates.notIssued');
      }
      const versions = await this.versions(manager, order);
      const seen = new Set<string>();
      const wanted = order.recipients.flatMap((recipient) => {
        const key = holderKey(recipient);
        const holder = holderOf(recipient);
        if (!holder || versions.live.has(key) || seen.has(key)) return [];
        seen.add(key);
        return [{ ...recipient, key, holder }];
      });
      const alreadyHeld = order.recipients.length - wanted.length;

      const batch = order.batch
        ? await manager.getRepository(CertificateBatchEntity).save({
            subjectKind: order.subject.kind,
            subjectId: order.subject.id,
            subjectTitle: order.subject.title,
            cohortId: order.batch.cohortId,
            cohortName: order.batch.cohortName,
            role: order.role,
            templateId: order.template.id,
            alreadyHeld,
            createdById: order.batch.createdById,
          })
        : null;

      const rows: CertificateEntity[] = wanted.map(({ holder, key, ...recipient }, index) => {
        return Object.assign(new CertificateEntity(), {
          id: randomUUID(),
          code: newCertificateCode(),
          number: formatCertificateNumber(order.template.design.numberPattern, lastNumber + index + 1, now),
          numberSeries: institutionKey(order.template),
          holderId: holder.id,
          subjectKind: order.subject.kind,
          subjectId: order.subject.id,
          role: order.role,
          version: (versions.latest.get(key) ?? 0) + 1,
          status: 'pending' as const,
          holderName: holder.fullName,
          holderNip: holder.nip,
          holderInstitution: holder.institution,
          holderEmail: holder.email,
          subjectTitle: order.subject.title,
          coOrganisers: order.subject.coOrganisers ?? [],
          cohortId: recipient.cohortId,
          cohortName: recipient.cohortName,
          jp: order.subject.jp,
          issuerName,
          templateId: order.template.id,
          design: order.template.design,
          imageKeys,
          batchId: batch?.id ?? null,
          forcedReason: recipient.forcedReason,
          failureReason: null,
          awardedAt: recipient.awardedAt,
          issuedAt: null,
          revokedAt: null,
          revokedReason: null,
          replacedById: null,
          requestedById: order.requestedById,
        });
      });
      if (rows.length === 0) return settled(manager, order, { batch, created: [], alreadyHeld });

      // The unique indexes are the last word: a holder who got a live certificate from a
      // concurrent request is skipped (their number is then left unused, never reused).
      const inserted = await insertPending(manager, rows);
      await manager.query(
        `UPDATE certificate_number_counters SET last_value = $3 WHERE institution_key = $1 AND year = $2`,
        [institutionKey(order.template), year, lastNumber + rows.length],
      );
      if (order.supersedes && inserted.length > 0) {
        await manager.query(`UPDATE certificates SET replaced_by_id = $2 WHERE id = $1`, [
          order.supersedes.id,
          inserted[0].id,
        ]);
      }
      const insertedIds = new Set(inserted.map((row) => row.id));
      return settled(manager, order, { batch, created: rows.filter((row) => insertedIds.has(row.id)), alreadyHeld });
    });

    // After the commit: if Redis is down now, the rows stay pending and the reconciler queues them.
    await this.queue.enqueue(outcome.created).catch((error: Error) => {
      this.logger.warn(
        `Could not queue ${outcome.created.length} certificates (the reconciler will): ${error.message}`,
      );
    });
    return outcome;
  }

  /** Per holder (holderKey): whether a live certificate exists, and the last version number used. */
  private async versions(
    manager: EntityManager,
    order: IssueOrder,
  ): Promise<{ live: Set<string>; latest: Map<string, number> }> {
    const ids = order.recipients.flatMap((recipient) => (recipient.holderId ? [recipient.holderId] : []));
    const emails = order.recipients.flatMap((recipient) =>
      recipient.holderId === null ? [recipient.guest.email] : [],
    );
    const rows: { key: string; latest: number; live: boolean }[] = await manager.query(
      `SELECT coalesce(holder_id::text, 'guest:' || holder_email) AS key, max(version) AS latest,
              bool_or(status = ANY($6)) AS live
         FROM certificates
        WHERE subject_kind = $1 AND subject_id = $2 AND role = $3
          AND (holder_id = ANY($4) OR (holder_id IS NULL AND holder_email = ANY($5)))
        GROUP BY 1`,
      [order.subject.kind, order.subject.id, order.role, ids, emails, [...LIVE_STATUSES]],
    );
    return {
      live: new Set(rows.filter((row) => row.live).map((row) => row.key)),
      latest: new Map(rows.map((row) => [row.key, Number(row.latest)])),
    };
  }

  /** Storage keys of the template's images, copied into each certificate. */
  private async imageKeys(template: CertificateTemplateEntity): Promise<Record<string, string>> {
    const found = await this.images.byIds(designImageRefs(template.design).map((ref) => ref.id));
    return Object.fromEntries([...found.values()].map((image) => [image.id, image.storageKey]));
  }
}

async function settled(manager: EntityManager, order: IssueOrder, outcome: IssueOutcome): Promise<IssueOutcome> {
  await order.beforeCommit?.(manager, outcome);
  return outcome;
}

/**
 * Writes new pending certificates in one statement, skipping those a unique index refuses.
 * What differs per row goes as one array per column, what they share (the design, the
 * subject, the issuer) once: a cohort of 1,000 is one small query instead of 1,000 copies
 * of the design built by the ORM (~0.4 s of the api's CPU before the first job was queued).
 */
async function insertPending(manager: EntityManager, rows: readonly CertificateEntity[]): Promise<{ id: string }[]> {
  // The rows of one order share their subject, template and issuer.
  const [first] = rows;
  const column = <T>(pick: (row: CertificateEntity) => T) => rows.map(pick);
  return manager.query(
    `INSERT INTO certificates (id, code, number, holder_id, version, holder_name, holder_nip, holder_institution,
                               holder_email, cohort_id, cohort_name, forced_reason, awarded_at,
                               number_series, subject_kind, subject_id, role, status, subject_title, jp,
                               issuer_name, template_id, design, image_keys, batch_id, requested_by_id, co_organisers)
     SELECT each.*, $14::text, $15::text, $16::uuid, $17::text, 'pending', $18::text, $19::numeric, $20::text,
            $21::uuid, $22::jsonb, $23::jsonb, $24::uuid, $25::uuid, $26::text[]
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::int[], $6::text[], $7::text[], $8::text[],
                   $9::text[], $10::uuid[], $11::text[], $12::text[], $13::timestamptz[]) AS each
     ON CONFLICT DO NOTHING
     RETURNING id`,
    [
      column((row) => row.id),
      column((row) => row.code),
      column((row) => row.number),
      column((row) => row.holderId),
      column((row) => row.version),
      column((row) => row.holderName),
      column((row) => row.holderNip),
      column((row) => row.holderInstitution),
      column((row) => row.holderEmail),
      column((row) => row.cohortId),
      column((row) => row.cohortName),
      column((row) => row.forcedReason),
      column((row) => row.awardedAt),
      first.numberSeries,
      first.subjectKind,
      first.subjectId,
      first.role,
      first.subjectTitle,
      first.jp,
      first.issuerName,
      first.templateId,
      JSON.stringify(first.design),
      JSON.stringify(first.imageKeys),
      first.batchId,
      first.requestedById,
      first.coOrganisers,
    ],
  );
}
