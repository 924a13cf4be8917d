import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CourseParticipationService } from '@bina-pustaka/api-learning';
import { AppError, type Principal } from '@bina-pustaka/api-platform';
import type { Question } from '@bina-pustaka/shared-contracts';
import type { updateQuestionRequestSchema } from '@bina-pustaka/shared-contracts/schemas';
import { DataSource } from 'typeorm';
import type { z } from 'zod';
import { lockAttempt, scoreAttempt } from '../attempts/attempt-scoring';
import { QuestionBankService } from '../authoring/question-bank.service';
import { AttemptAnswerEntity, type AttemptEntity } from '../entities/attempt.entity';
import { QuestionEntity } from '../entities/question.entity';
import { QuizEntity } from '../entities/quiz.entity';
import { retryOnConflict } from '../shared/retry';

type UpdateQuestion = z.output<typeof updateQuestionRequestSchema>;

/**
 * Grading after submit: a person's grade for an essay, and marking again every submitted
 * attempt that used a corrected question. Like the submit, each change to an attempt's
 * marks happens under its row lock (attempts/attempt-scoring.ts).
 */
@Injectable()
export class AttemptGradingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly participation: CourseParticipationService,
    private readonly questions: QuestionBankService,
  ) {}

  /** A corrected question (its body or points changed) regrades every submitted attempt that used it. */
  async correctQuestion(actor: Principal, id: string, input: UpdateQuestion): Promise<Question> {
    const question = await this.questions.update(actor, id, input);
    if (input.body || input.points !== undefined) await this.regradeQuestion(id);
    return question;
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
        const attempt = await lockAttempt(manager, attemptId);
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
        return { attempt: await scoreAttempt(manager, attempt, quiz, 'none'), quiz };
      }),
    );
    if (quiz.requiredForCompletion) await this.participation.reevaluate(attempt.userId, quiz.courseId);
    return attempt;
  }

  private async regradeQuestion(questionId: string): Promise<void> {
    const attempts: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM attempts WHERE status = 'submitted' AND slots @> jsonb_build_array(jsonb_build_object('questionId', $1::text))`,
      [questionId],
    );
    for (const { id } of attempts) {
      const { attempt, quiz } = await retryOnConflict(() =>
        this.dataSource.transaction(async (manager) => {
          const locked = await lockAttempt(manager, id);
          const quiz = await manager.getRepository(QuizEntity).findOneByOrFail({ id: locked.quizId });
          return { attempt: await scoreAttempt(manager, locked, quiz, 'automatic'), quiz };
        }),
      );
      if (quiz.requiredForCompletion) await this.participation.reevaluate(attempt.userId, quiz.courseId);
    }
  }
}
