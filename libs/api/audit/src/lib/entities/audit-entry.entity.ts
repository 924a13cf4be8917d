import type { AuditAction, AuditSubjectType, Role } from '@bina-pustaka/shared-contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One security-relevant action. Who acted is kept as it was then (id, name, roles): the
 * log must still say who did what after the account changed, so there is no foreign key.
 */
@Entity({ name: 'audit_entries' })
export class AuditEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt!: Date;

  /** Null: the system acted. */
  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'text', nullable: true })
  actorName!: string | null;

  @Column({ type: 'text', array: true })
  actorRoles!: Role[];

  @Column({ type: 'text' })
  action!: AuditAction;

  @Column({ type: 'text' })
  subjectType!: AuditSubjectType;

  @Column({ type: 'uuid', nullable: true })
  subjectId!: string | null;

  /** What the subject was called then (a name, a certificate number, a quiz title). */
  @Column({ type: 'text', nullable: true })
  subjectLabel!: string | null;

  @Column({ type: 'jsonb' })
  details!: object;

  @Column({ type: 'text', nullable: true })
  ip!: string | null;

  @Column({ type: 'text', nullable: true })
  userAgent!: string | null;
}
