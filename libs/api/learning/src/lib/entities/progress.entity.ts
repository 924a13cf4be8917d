import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'lesson_progress' })
export class LessonProgressEntity {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @PrimaryColumn({ type: 'uuid' })
  lessonId!: string;

  @Column({ type: 'uuid' })
  courseId!: string;

  @Column({ type: 'text' })
  state!: 'in-progress' | 'done';

  @Column({ type: 'real' })
  watchedFraction!: number;

  @Column({ type: 'timestamptz' })
  lastOpenedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  doneAt!: Date | null;
}

@Entity({ name: 'course_completions' })
export class CourseCompletionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'uuid' })
  courseId!: string;

  @Column({ type: 'uuid' })
  enrolmentId!: string;

  @Column({ type: 'integer' })
  jp!: number;

  @Column({ type: 'timestamptz' })
  completedAt!: Date;
}

/** Learning hours earned: one row per finished course, attended webinar or facilitated event. */
@Entity({ name: 'jp_ledger_entries' })
export class JpLedgerEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'text' })
  source!: 'course' | 'webinar' | 'event';

  @Column({ type: 'uuid' })
  sourceId!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({
    type: 'numeric',
    precision: 6,
    scale: 2,
    transformer: { to: (v: number) => v, from: (v: string) => Number(v) },
  })
  jp!: number;

  @Column({ type: 'timestamptz' })
  earnedAt!: Date;
}

/** The latest doubt about a learner's pace on a lesson, kept for the trainer's progress view. */
export interface PaceConcern {
  verdict: 'refused' | 'borderline';
  claim: 'reading' | 'watching';
  elapsedSeconds: number;
  neededSeconds: number;
  watchedSeconds: number;
  at: string;
}

/**
 * The server's own evidence of a learner's pace on a lesson: when it was first served to
 * them (server time, never the device's), and the progress refused as impossible or
 * accepted only just. Progress is judged against it; the trainer sees the doubts.
 */
@Entity({ name: 'lesson_evidence' })
export class LessonEvidenceEntity {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @PrimaryColumn({ type: 'uuid' })
  lessonId!: string;

  @Column({ type: 'uuid' })
  courseId!: string;

  @Column({ type: 'timestamptz' })
  firstOpenedAt!: Date;

  @Column({ type: 'integer' })
  refusedCount!: number;

  @Column({ type: 'integer' })
  borderlineCount!: number;

  @Column({ type: 'jsonb', nullable: true })
  lastConcern!: PaceConcern | null;
}
