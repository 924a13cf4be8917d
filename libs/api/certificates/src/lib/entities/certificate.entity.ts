import type {
  CertificateFailure,
  CertificateRole,
  CertificateStatus,
  CertificateSubjectKind,
  CertificateTemplateDesign,
} from '@bina-pustaka/shared-contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

const numeric = { to: (value: number) => value, from: (value: string) => Number(value) };

/**
 * One certificate. Everything it prints is copied in when it is asked for (holder, course,
 * cohort, template design, image keys), so retries and later downloads render the same
 * document whatever changes afterwards. A partial unique index allows one live
 * (pending, issued or failed) certificate per holder + subject + role.
 */
@Entity({ name: 'certificates' })
export class CertificateEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  number!: string;

  /** The numbering series (institution) the number belongs to; unique within it. */
  @Column({ type: 'text' })
  numberSeries!: string;

  /** Null for an event's guest (no account): holderName and holderEmail are all there is of them. */
  @Column({ type: 'uuid', nullable: true })
  holderId!: string | null;

  @Column({ type: 'text' })
  subjectKind!: CertificateSubjectKind;

  @Column({ type: 'uuid' })
  subjectId!: string;

  @Column({ type: 'text' })
  role!: CertificateRole;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'text' })
  status!: CertificateStatus;

  @Column({ type: 'text' })
  holderName!: string;

  @Column({ type: 'text', nullable: true })
  holderNip!: string | null;

  @Column({ type: 'text', nullable: true })
  holderInstitution!: string | null;

  /** Where the holder is told of it (copied when asked for). */
  @Column({ type: 'text' })
  holderEmail!: string;

  @Column({ type: 'text' })
  subjectTitle!: string;

  /** Organisations the subject was run with (an event's partners), printed "Bekerja sama dengan: …". */
  @Column({ type: 'text', array: true })
  coOrganisers!: string[];

  @Column({ type: 'uuid', nullable: true })
  cohortId!: string | null;

  @Column({ type: 'text', nullable: true })
  cohortName!: string | null;

  @Column({ type: 'numeric', precision: 6, scale: 2, transformer: numeric })
  jp!: number;

  /** The institution that issues it, as printed and shown on the verify page. */
  @Column({ type: 'text' })
  issuerName!: string;

  @Column({ type: 'uuid', nullable: true })
  templateId!: string | null;

  @Column({ type: 'jsonb' })
  design!: CertificateTemplateDesign;

  /** Storage keys of the design's images, by image id. */
  @Column({ type: 'jsonb' })
  imageKeys!: Record<string, string>;

  @Column({ type: 'uuid', nullable: true })
  batchId!: string | null;

  @Column({ type: 'text', nullable: true })
  forcedReason!: string | null;

  /** Only while failed: the readable kind (the raw error is in the worker's log). */
  @Column({ type: 'text', nullable: true })
  failureReason!: CertificateFailure | null;

  /** The date the certificate states: when the course was completed. */
  @Column({ type: 'timestamptz' })
  awardedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  issuedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  revokedReason!: string | null;

  @Column({ type: 'uuid', nullable: true })
  replacedById!: string | null;

  @Column({ type: 'uuid', nullable: true })
  requestedById!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** A bulk issue a coordinator asked for; its progress is counted from its certificates. */
@Entity({ name: 'certificate_batches' })
export class CertificateBatchEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  subjectKind!: CertificateSubjectKind;

  @Column({ type: 'uuid' })
  subjectId!: string;

  @Column({ type: 'text' })
  subjectTitle!: string;

  @Column({ type: 'uuid', nullable: true })
  cohortId!: string | null;

  @Column({ type: 'text', nullable: true })
  cohortName!: string | null;

  @Column({ type: 'text' })
  role!: CertificateRole;

  @Column({ type: 'uuid' })
  templateId!: string;

  /** People asked for who already held a live certificate (left as they were). */
  @Column({ type: 'integer' })
  alreadyHeld!: number;

  @Column({ type: 'uuid' })
  createdById!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
