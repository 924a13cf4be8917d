import type { CompletionRules, CourseCategory, CourseStatus, Locale } from '@bina-pustaka/shared-contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type StoredCompletionRules = Omit<CompletionRules, 'requiredLessons'>;

@Entity({ name: 'courses' })
export class CourseEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  summary!: string;

  /** Markdown as the trainer wrote it. */
  @Column({ type: 'text' })
  description!: string;

  /** Sanitized HTML rendered from `description` when it is saved. */
  @Column({ type: 'text' })
  descriptionHtml!: string;

  @Column({ type: 'text' })
  category!: CourseCategory;

  @Column({ type: 'integer' })
  jp!: number;

  @Column({ type: 'text' })
  language!: Locale;

  @Column({ type: 'text', array: true })
  skkniUnits!: string[];

  @Column({ type: 'uuid', nullable: true })
  coverFileId!: string | null;

  @Column({ type: 'text' })
  status!: CourseStatus;

  @Column({ type: 'uuid' })
  ownerId!: string;

  @Column({ type: 'jsonb' })
  completionRules!: StoredCompletionRules;

  /** Increases on every change of modules or lessons (optimistic check for reorders). */
  @Column({ type: 'integer' })
  outlineVersion!: number;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

@Entity({ name: 'course_trainers' })
export class CourseTrainerEntity {
  @Column({ type: 'uuid', primary: true })
  courseId!: string;

  @Column({ type: 'uuid', primary: true })
  userId!: string;
}

@Entity({ name: 'course_prerequisites' })
export class CoursePrerequisiteEntity {
  @Column({ type: 'uuid', primary: true })
  courseId!: string;

  @Column({ type: 'uuid', primary: true })
  requiredCourseId!: string;
}
