import type { LessonKind } from '@bina-pustaka/shared-contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity({ name: 'course_modules' })
export class CourseModuleEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  courseId!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'integer' })
  position!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

@Entity({ name: 'lessons' })
export class LessonEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  courseId!: string;

  @Column({ type: 'uuid' })
  moduleId!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  kind!: LessonKind;

  @Column({ type: 'boolean' })
  required!: boolean;

  @Column({ type: 'integer' })
  estimatedMinutes!: number;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'text', nullable: true })
  bodyMarkdown!: string | null;

  /** Sanitized when saved; images keep `file:<id>` sources, signed per viewer when read. */
  @Column({ type: 'text', nullable: true })
  bodyHtml!: string | null;

  @Column({ type: 'text', nullable: true })
  videoUrl!: string | null;

  @Column({ type: 'text', nullable: true })
  videoEmbedUrl!: string | null;

  @Column({ type: 'uuid', nullable: true })
  videoFileId!: string | null;

  @Column({ type: 'integer', nullable: true })
  videoDurationSeconds!: number | null;

  @Column({ type: 'uuid', nullable: true })
  fileId!: string | null;

  @Column({ type: 'text', nullable: true })
  linkUrl!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
