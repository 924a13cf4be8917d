import type { GradingMethod, QuizRole, QuizSelection, ReviewPolicy } from '@bina-pustaka/shared-contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity({ name: 'quizzes' })
export class QuizEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  courseId!: string;

  @Column({ type: 'uuid' })
  moduleId!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'boolean' })
  published!: boolean;

  @Column({ type: 'jsonb' })
  selection!: QuizSelection;

  @Column({ type: 'boolean' })
  shuffleQuestions!: boolean;

  @Column({ type: 'boolean' })
  shuffleOptions!: boolean;

  @Column({ type: 'integer', nullable: true })
  timeLimitMinutes!: number | null;

  @Column({ type: 'timestamptz', nullable: true })
  opensAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  closesAt!: Date | null;

  @Column({ type: 'integer', nullable: true })
  attemptsAllowed!: number | null;

  @Column({ type: 'text' })
  gradingMethod!: GradingMethod;

  @Column({ type: 'numeric', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  passingScore!: number;

  @Column({ type: 'jsonb' })
  review!: ReviewPolicy;

  @Column({ type: 'text' })
  role!: QuizRole;

  @Column({ type: 'boolean' })
  requiredForCompletion!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** One learner's exceptions to a quiz's rules. */
@Entity({ name: 'quiz_overrides' })
export class QuizOverrideEntity {
  @Column({ type: 'uuid', primary: true })
  quizId!: string;

  @Column({ type: 'uuid', primary: true })
  userId!: string;

  @Column({ type: 'integer' })
  extraMinutes!: number;

  @Column({ type: 'integer' })
  extraAttempts!: number;

  @Column({ type: 'timestamptz', nullable: true })
  opensAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  closesAt!: Date | null;
}
