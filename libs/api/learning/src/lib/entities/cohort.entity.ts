import type { EnrolmentStatus, SelfEnrolmentMode } from '@bina-pustaka/shared-contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** An angkatan: one run of a course with its own dates, capacity and members. */
@Entity({ name: 'cohorts' })
export class CohortEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  courseId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'timestamptz' })
  enrolOpensAt!: Date;

  @Column({ type: 'timestamptz' })
  enrolClosesAt!: Date;

  @Column({ type: 'timestamptz' })
  startsAt!: Date;

  @Column({ type: 'timestamptz' })
  endsAt!: Date;

  @Column({ type: 'integer', nullable: true })
  capacity!: number | null;

  @Column({ type: 'text' })
  selfEnrolment!: SelfEnrolmentMode;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

@Entity({ name: 'cohort_trainers' })
export class CohortTrainerEntity {
  @Column({ type: 'uuid', primary: true })
  cohortId!: string;

  @Column({ type: 'uuid', primary: true })
  userId!: string;
}

/** Statuses that hold a seat and block a second enrolment in the same course. */
export const LIVE_ENROLMENT_STATUSES: EnrolmentStatus[] = ['pending', 'active', 'completed'];

@Entity({ name: 'enrolments' })
export class EnrolmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  cohortId!: string;

  @Column({ type: 'uuid' })
  courseId!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'text' })
  status!: EnrolmentStatus;

  /** The learner's own end date when a coordinator extended it. */
  @Column({ type: 'timestamptz', nullable: true })
  endsAt!: Date | null;

  @Column({ type: 'timestamptz' })
  enrolledAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  decidedById!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
