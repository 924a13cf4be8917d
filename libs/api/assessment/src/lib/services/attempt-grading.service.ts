import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CourseParticipation } from '@bina-pustaka/api-learning';
import { AppError } from '@bina-pustaka/api-platform';
import { DataSource, In, type EntityManager } from 'typeorm';
import { AttemptAnswerEntity, AttemptEntity } from '../entities/attempt.entity';
import { QuestionEntity } from '../entities/question.entity';
import { QuizEntity } from '../entities/quiz.entity';
import { mark } from '../grading/grading';
import { retryOnConflict } from './retry';

/**
 * Finalising and (re)grading attempts. Every change to a submitted attempt's marks happens
 * under a row lock on the attempt (SELECT ... FOR UPDATE): saves take a share lock on the
 * same row, so a save either commits before the submit reads the answers or sees the
 * attempt submitted and writes nothing.
 */
@Injectable()
export class AttemptGrading {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly participation: CourseParticipation,
  ) {}

  /** Submits once; a second call (double click, the deadline job) answers the attempt as it is. */
  async submit(attemptId: string, by: 'learner' | 'deadline'): Promise<AttemptEntity> {
    const outcome = await retryOnConflict(() =>
      this.dataSource.transaction(async (manager) => {
        const attempt = await this.lock(manager, attemptId);
        if (attempt.status !== 'in-progress') return { attempt, quiz: null };
        // clock_timestamp, not now(): the moment the lock was won, after every save that got in before.
        await manager.query(
          `UPDATE attempts SET status = 'submitted', submitted_at = clock_timestamp(), submitted_by = $2 WHERE id = $1`,
          [attemptId, by],
        );
        const quiz = await manager.getRepository(QuizEntity).findOneByOrFail({ id: attempt.quizId });
        return { attempt: await this.score(manager, attemptId, quiz, 'all'), quiz };
      }),
    );
    if (outcome.quiz?.requiredForCompletion) {
      await this.participation.reevaluate(outcome.attempt.userId, outcome.quiz.courseId);
    }
    return outcome.attempt;
  }

  /** After a question was corrected: every submitted attempt that had it is marked again. */
  async regradeQuestion(questionId: string): Promise<void> {
    const attempts: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM attempts WHERE status = 'submitted' AND slots @> jsonb_build_array(jsonb_build_object('questionId', $1::text))`,
      [questionId],
    );
    for (const { id } of attempts) {
      const { attempt, quiz } = await retryOnConflict(() =>
        this.dataSource.transaction(async (manager) => {
          const locked = await this.lock(manager, id);
          const quiz = await manager.getRepository(QuizEntity).findOneByOrFail({ id: locked.quizId });
          return { attempt: await this.score(manager, id, quiz, 'automatic'), quiz };
        }),
      );
      if (quiz.requiredForCompletion) await this.participation.reevaluate(attempt.userId, quiz.courseId);
    }
  }

  /** A person's grade for an essay answer, with a comment the learner sees when the review allows. */
  async gradeEssay(
    attemptId: string,
    questionId: string,
    graderId: string,
    points: number,
    comment: string | null,
  ): Promise<AttemptEntity> {
    const { attempt, quiz } = await retryOnConflict(() =>
      this.dataSource.transaction(async (manager) => {
        const attempt = await this.lock(manager, attemptId);
        if (attempt.status !== 'submitted') throw new AppError(409, 'assessment.attemptNotSubmitted');
        const question = await manager.getRepository(QuestionEntity).findOneBy({ id: questionId });
        if (!question || question.type !== 'essay' || !attempt.slots.some((slot) => slot.questionId === questionId)) {
          throw new AppError(404, 'assessment.essayNotFound');
        }
        if (points > question.points) throw new AppError(422, 'assessment.pointsTooHigh', { max: question.points });
        const updated = await manager.update(
          AttemptAnswerEntity,
          { attemptId, questionId },
          { mark: points / question.points, graderComment: comment, gradedById: graderId },
        );
        if (!updated.affected) throw new AppError(404, 'assessment.essayNotFound');
        const quiz = await manager.getRepository(QuizEntity).findOneByOrFail({ id: attempt.quizId });
        return { attempt: await this.score(manager, attemptId, quiz, 'none'), quiz };
      }),
    );
    if (quiz.requiredForCompletion) await this.participation.reevaluate(attempt.userId, quiz.courseId);
    return attempt;
  }

  private async lock(manager: EntityManager, attemptId: string): Promise<AttemptEntity> {
    const attempt = await manager
      .getRepository(AttemptEntity)
      .findOne({ where: { id: attemptId }, lock: { mode: 'pessimistic_write' } });
    if (!attempt) throw new AppError(404, 'assessment.attemptNotFound');
    return attempt;
  }

  /**
   * Marks the answers (all of them at submit; at a regrade only the automatic ones, so a
   * person's essay grade stays) and stores the attempt's score. Unanswered questions earn
   * nothing. With an essay still to grade, the score counts it as zero and pass is unknown.
   */
  private async score(
    manager: EntityManager,
    attemptId: string,
    quiz: QuizEntity,
    remark: 'all' | 'automatic' | 'none',
  ): Promise<AttemptEntity> {
    const attempt = await manager.getRepository(AttemptEntity).findOneByOrFail({ id: attemptId });
    const questionIds = attempt.slots.map((slot) => slot.questionId);
    const [questions, answers] = await Promise.all([
      manager.getRepository(QuestionEntity).findBy({ id: In(questionIds) }),
      manager.getRepository(AttemptAnswerEntity).findBy({ attemptId }),
    ]);
    const answerOf = new Map(answers.map((answer) => [answer.questionId, answer]));
    let earned = 0;
    let possible = 0;
    let needsGrading = false;
    for (const question of questions) {
      const answer = answerOf.get(question.id);
      possible += question.points;
      if (!answer) continue;
      if (remark === 'all' || (remark === 'automatic' && question.type !== 'essay')) {
        answer.mark = mark(question.body, answer.value);
        await manager.update(AttemptAnswerEntity, { attemptId, questionId: question.id }, { mark: answer.mark });
      }
      if (answer.mark === null) needsGrading = true;
      earned += (answer.mark ?? 0) * question.points;
    }
    const score = possible > 0 ? Math.round((earned / possible) * 10_000) / 100 : 0;
    const passed = needsGrading ? null : score >= quiz.passingScore;
    await manager.update(AttemptEntity, { id: attemptId }, { score, passed, needsGrading });
    return { ...attempt, score, passed, needsGrading };
  }
}
