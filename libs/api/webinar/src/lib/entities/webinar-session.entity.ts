import type { WebinarAudienceKind, WebinarStaffRole, WebinarStatus } from '@bina-pustaka/shared-contracts';
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity({ name: 'webinar_sessions' })
export class WebinarSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'uuid', nullable: true })
  courseId!: string | null;

  @Column({ type: 'text' })
  audience!: WebinarAudienceKind;

  @Column({ type: 'uuid', nullable: true })
  cohortId!: string | null;

  @Column({ type: 'timestamptz' })
  startsAt!: Date;

  @Column({ type: 'integer' })
  durationMinutes!: number;

  @Column({ type: 'text' })
  timeZone!: string;

  @Column({ type: 'integer' })
  jp!: number;

  @Column({ type: 'integer', nullable: true })
  capacity!: number | null;

  @Column({ type: 'boolean' })
  requireAdmission!: boolean;

  @Column({ type: 'text' })
  status!: WebinarStatus;

  @Column({ type: 'timestamptz', nullable: true })
  openedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  endedAt!: Date | null;

  /** When the attendance ledger was settled after the end (null before). */
  @Column({ type: 'timestamptz', nullable: true })
  attendanceSettledAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** Hosts, presenters (narasumber) and moderators of a session. */
@Entity({ name: 'webinar_staff' })
export class WebinarStaffEntity {
  @PrimaryColumn({ type: 'uuid' })
  sessionId!: string;

  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'text' })
  role!: WebinarStaffRole;
}

/** People who registered for a session whose audience is 'registered'. */
@Entity({ name: 'webinar_registrations' })
export class WebinarRegistrationEntity {
  @PrimaryColumn({ type: 'uuid' })
  sessionId!: string;

  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  registeredAt!: Date;
}

/** Removed from a session by a host: no ticket and no way back in. */
@Entity({ name: 'webinar_bans' })
export class WebinarBanEntity {
  @PrimaryColumn({ type: 'uuid' })
  sessionId!: string;

  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'uuid', nullable: true })
  bannedById!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  bannedAt!: Date;
}
