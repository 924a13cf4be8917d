import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CourseParticipationService } from '@bina-pustaka/api-learning';
import { UserDirectoryService } from '@bina-pustaka/api-identity';
import { AppError, type Principal } from '@bina-pustaka/api-platform';
import {
  revealsKeyBeforeRetry,
  type Quiz,
  type QuizOverride,
  type QuizSelection,
  type ReviewPolicy,
} from '@bina-pustaka/shared-contracts';
import type {
  createQuizRequestSchema,
  quizOverrideRequestSchema,
  updateQuizRequestSchema,
} from '@bina-pustaka/shared-contracts/schemas';
import { DataSource, In, IsNull, MoreThan } from 'typeorm';
import type { z } from 'zod';
import { AttemptEntity } from '../entities/attempt.entity';
import { QuestionCategoryEntity, QuestionEntity } from '../entities/question.entity';
import { QuizEntity, QuizOverrideEntity } from '../entities/quiz.entity';

const iso = (date: Date | null) => date?.toISOString() ?? null;
const dateOrNull = (value: string | null | undefined) => (value ? new Date(value) : null);

export function toQuiz(quiz: QuizEntity): Quiz {
  return {
    id: quiz.id,
    courseId: quiz.courseId,
    moduleId: quiz.moduleId,
    title: quiz.title,
    description: quiz.description,
    published: quiz.published,
    selection: quiz.selection,
    shuffleQuestions: quiz.shuffleQuestions,
    shuffleOptions: quiz.shuffleOptions,
    timeLimitMinutes: quiz.timeLimitMinutes,
    opensAt: iso(quiz.opensAt),
    closesAt: iso(quiz.closesAt),
    attemptsAllowed: quiz.attemptsAllowed,
    gradingMethod: quiz.gradingMethod,
    passingScore: quiz.passingScore,
    review: quiz.review,
    role: quiz.role,
    requiredForCompletion: quiz.requiredForCompletion,
  };
}

/** Refuses settings that show the correct answers right after submitting while another attempt may follow. */
function checkReviewAgainstAttempts(review: ReviewPolicy, attemptsAllowed: number | null): void {
  if (revealsKeyBeforeRetry(review, attemptsAllowed)) throw new AppError(422, 'assessment.answersWithRetries');
}

/** Quizzes in a course's modules and their per-learner overrides, managed by the course's editors. */
@Injectable()
export class QuizzesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly participation: CourseParticipationService,
    private readonly users: UserDirectoryService,
  ) {}

  async list(actor: Principal, courseId: string): Promise<Quiz[]> {
    await this.participation.editable(actor, courseId);
    const quizzes = await this.dataSource
      .getRepository(QuizEntity)
      .find({ where: { courseId }, order: { createdAt: 'ASC' } });
    return quizzes.map(toQuiz);
  }

  async get(actor: Principal, id: string): Promise<Quiz> {
    return toQuiz(await this.editable(actor, id));
  }

  async create(actor: Principal, input: z.output<typeof createQuizRequestSchema>): Promise<Quiz> {
    const courseId = await this.participation.moduleCourseId(input.moduleId);
    if (!courseId) throw new AppError(404, 'assessment.moduleNotFound');
    await this.participation.editable(actor, courseId);
    await this.checkSelection(courseId, input.selection);
    checkReviewAgainstAttempts(input.review, input.attemptsAllowed);
    const { opensAt, closesAt, ...rest } = input;
    const saved = await this.dataSource
      .getRepository(QuizEntity)
      .save({ ...rest, courseId, opensAt: dateOrNull(opensAt), closesAt: dateOrNull(closesAt) });
    return toQuiz(saved);
  }

  async update(actor: Principal, id: string, input: z.output<typeof updateQuizRequestSchema>): Promise<Quiz> {
    const quiz = await this.editable(actor, id);
    if (input.selection) await this.checkSelection(quiz.courseId, input.selection);
    const { opensAt, closesAt, ...rest } = input;
    const next = {
      ...rest,
      ...(opensAt !== undefined ? { opensAt: dateOrNull(opensAt) } : {}),
      ...(closesAt !== undefined ? { closesAt: dateOrNull(closesAt) } : {}),
    };
    const opens = next.opensAt !== undefined ? next.opensAt : quiz.opensAt;
    const closes = next.closesAt !== undefined ? next.closesAt : quiz.closesAt;
    if (opens && closes && opens >= closes) throw new AppError(422, 'assessment.windowOrder');
    const review = next.review ?? quiz.review;
    checkReviewAgainstAttempts(
      review,
      next.attemptsAllowed !== undefined ? next.attemptsAllowed : quiz.attemptsAllowed,
    );
    if (
      revealsKeyBeforeRetry(review, 2) &&
      (await this.dataSource.getRepository(QuizOverrideEntity).existsBy({ quizId: id, extraAttempts: MoreThan(0) }))
    ) {
      throw new AppError(422, 'assessment.answersWithOverrideAttempts');
    }
    await this.dataSource.getRepository(QuizEntity).update(id, next);
    return toQuiz(await this.dataSource.getRepository(QuizEntity).findOneByOrFail({ id }));
  }

  /** Only a quiz nobody has attempted; otherwise unpublish it. */
  async remove(actor: Principal, id: string): Promise<void> {
    await this.editable(actor, id);
    if (await this.dataSource.getRepository(AttemptEntity).existsBy({ quizId: id })) {
      throw new AppError(409, 'assessment.quizHasAttempts');
    }
    await this.dataSource.getRepository(QuizEntity).delete(id);
  }

  async overrides(actor: Principal, quizId: string): Promise<QuizOverride[]> {
    await this.editable(actor, quizId);
    const rows = await this.dataSource.getRepository(QuizOverrideEntity).findBy({ quizId });
    const people = await this.users.byIds(rows.map((row) => row.userId));
    return rows.map((row) => ({
      quizId,
      user: { id: row.userId, fullName: people.get(row.userId)?.fullName ?? '' },
      extraMinutes: row.extraMinutes,
      extraAttempts: row.extraAttempts,
      opensAt: iso(row.opensAt),
      closesAt: iso(row.closesAt),
    }));
  }

  async setOverride(
    actor: Principal,
    quizId: string,
    userId: string,
    input: z.output<typeof quizOverrideRequestSchema>,
  ): Promise<QuizOverride> {
    const quiz = await this.editable(actor, quizId);
    if (
      input.extraAttempts > 0 &&
      revealsKeyBeforeRetry(
        quiz.review,
        quiz.attemptsAllowed === null ? null : quiz.attemptsAllowed + input.extraAttempts,
      )
    ) {
      throw new AppError(422, 'assessment.answersWithExtraAttempts');
    }
    const person = (await this.users.byIds([userId])).get(userId);
    if (!person) throw new AppError(404, 'assessment.userNotFound');
    const row = {
      quizId,
      userId,
      extraMinutes: input.extraMinutes,
      extraAttempts: input.extraAttempts,
      opensAt: dateOrNull(input.opensAt),
      closesAt: dateOrNull(input.closesAt),
    };
    await this.dataSource.getRepository(QuizOverrideEntity).upsert(row, ['quizId', 'userId']);
    return {
      ...row,
      user: { id: userId, fullName: person.fullName },
      opensAt: input.opensAt,
      closesAt: input.closesAt,
    };
  }

  async removeOverride(actor: Principal, quizId: string, userId: string): Promise<void> {
    await this.editable(actor, quizId);
    await this.dataSource.getRepository(QuizOverrideEntity).delete({ quizId, userId });
  }

  async editable(actor: Principal, id: string): Promise<QuizEntity> {
    const quiz = await this.dataSource.getRepository(QuizEntity).findOneBy({ id });
    if (!quiz) throw new AppError(404, 'assessment.quizNotFound');
    await this.participation.editable(actor, quiz.courseId);
    return quiz;
  }

  /** Fixed questions come from this course's bank; a random draw needs enough questions per category. */
  private async checkSelection(courseId: string, selection: QuizSelection): Promise<void> {
    if (selection.mode === 'fixed') {
      const found = await this.dataSource
        .getRepository(QuestionEntity)
        .countBy({ id: In(selection.questionIds), courseId, archivedAt: IsNull() });
      if (found !== new Set(selection.questionIds).size) throw new AppError(422, 'assessment.questionNotInCourse');
      return;
    }
    for (const rule of selection.rules) {
      const category = await this.dataSource
        .getRepository(QuestionCategoryEntity)
        .findOneBy({ id: rule.categoryId, courseId });
      if (!category) throw new AppError(422, 'assessment.categoryNotFound');
      const available = await this.dataSource
        .getRepository(QuestionEntity)
        .countBy({ categoryId: rule.categoryId, archivedAt: IsNull() });
      if (available < rule.count) {
        throw new AppError(422, 'assessment.notEnoughQuestions', {
          category: category.name,
          available,
          count: rule.count,
        });
      }
    }
  }
}
