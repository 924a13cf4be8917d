import type { AnswerValue, AttemptStatus, QuestionType } from '@bina-pustaka/shared-contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

const numeric = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/** A question as fixed for one attempt: which one, and in what order its choices are shown. */
export interface AttemptSlot {
  questionId: string;
  type: QuestionType;
  /** Option, right-hand or item ids in the order this learner sees them. */
  order: string[];
}

@Entity({ name: 'attempts' })
export class AttemptEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  quizId!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'uuid', nullable: true })
  cohortId!: string | null;

  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'text' })
  status!: AttemptStatus;

  @Column({ type: 'jsonb' })
  slots!: AttemptSlot[];

  @Column({ type: 'timestamptz' })
  startedAt!: Date;

  /** Fixed by the server at start; saves are taken until this plus the grace. */
  @Column({ type: 'timestamptz', nullable: true })
  deadlineAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  submittedBy!: 'learner' | 'deadline' | null;

  @Column({ type: 'numeric', nullable: true, transformer: numeric })
  score!: number | null;

  @Column({ type: 'boolean', nullable: true })
  passed!: boolean | null;

  @Column({ type: 'boolean' })
  needsGrading!: boolean;
}

@Entity({ name: 'attempt_answers' })
export class AttemptAnswerEntity {
  @Column({ type: 'uuid', primary: true })
  attemptId!: string;

  @Column({ type: 'uuid', primary: true })
  questionId!: string;

  @Column({ type: 'jsonb' })
  value!: AnswerValue;

  @Column({ type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  seq!: number;

  @Column({ type: 'timestamptz' })
  savedAt!: Date;

  /** Share of the points earned (0..1); null until graded (essays wait for a person). */
  @Column({ type: 'numeric', nullable: true, transformer: numeric })
  mark!: number | null;

  @Column({ type: 'text', nullable: true })
  graderComment!: string | null;

  @Column({ type: 'uuid', nullable: true })
  gradedById!: string | null;
}
