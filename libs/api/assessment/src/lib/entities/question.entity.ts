import type { QuestionBody, QuestionFeedback, QuestionType } from '@bina-pustaka/shared-contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity({ name: 'question_categories' })
export class QuestionCategoryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  courseId!: string;

  @Column({ type: 'text' })
  name!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

@Entity({ name: 'questions' })
export class QuestionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  courseId!: string;

  @Column({ type: 'uuid', nullable: true })
  categoryId!: string | null;

  /** Mirrors body.type, for filters and the type check constraint. */
  @Column({ type: 'text' })
  type!: QuestionType;

  @Column({ type: 'text' })
  prompt!: string;

  @Column({ type: 'numeric', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  points!: number;

  /** The type-specific definition, answer key included: never sent to learners as is. */
  @Column({ type: 'jsonb' })
  body!: QuestionBody;

  @Column({ type: 'jsonb' })
  feedback!: QuestionFeedback;

  /** Removed from the bank; kept so attempts that used it can still be shown and graded. */
  @Column({ type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
