import { Injectable, type OnModuleInit } from '@nestjs/common';
import {
  CompletionConditionsService,
  type CompletionCondition,
  type CompletionContext,
} from '@bina-pustaka/api-learning';
import { translate } from '@bina-pustaka/api-platform';
import type { EntityManager } from 'typeorm';
import { reviewOpen, rulesFor } from '../attempts/attempts.service';
import { AttemptEntity } from '../entities/attempt.entity';
import { QuizEntity, QuizOverrideEntity } from '../entities/quiz.entity';
import { quizScore } from '../shared/grading';

const requiredQuizzes = (manager: EntityManager, courseId: string) =>
  manager.getRepository(QuizEntity).findBy({ courseId, published: true, requiredForCompletion: true });

/**
 * Every published quiz the course requires is passed (its score by the quiz's grading method).
 * Shown to the learner, a quiz whose review does not show the score yet counts as not passed
 * and is named as hidden: otherwise "1 of 1 passed" after each try would tell them what the
 * review keeps back, and several attempts would become a pass/fail probe.
 */
@Injectable()
export class QuizzesCondition implements CompletionCondition, OnModuleInit {
  readonly kind = 'quizzes' as const;

  constructor(private readonly conditions: CompletionConditionsService) {}

  onModuleInit(): void {
    this.conditions.register(this);
  }

  async appliesTo(course: { id: string }, manager: EntityManager): Promise<boolean> {
    return (await requiredQuizzes(manager, course.id)).length > 0;
  }

  async evaluate({ userId, course, manager, locale, forLearner }: CompletionContext) {
    const quizzes = await requiredQuizzes(manager, course.id);
    let passed = 0;
    let hidden = 0;
    for (const quiz of quizzes) {
      const submitted = await manager.getRepository(AttemptEntity).find({
        where: { quizId: quiz.id, userId, status: 'submitted' },
        order: { number: 'ASC' },
      });
      if (forLearner && submitted.length > 0 && !(await this.scoreShown(manager, quiz, userId))) {
        hidden += 1;
        continue;
      }
      const score = quizScore(
        quiz.gradingMethod,
        submitted.filter((attempt) => !attempt.needsGrading).map((attempt) => attempt.score ?? 0),
      );
      if (score !== null && score >= quiz.passingScore) passed += 1;
    }
    const total = quizzes.length;
    return {
      met: passed >= total,
      detail: hidden
        ? translate(locale, 'conditions.quizzesHidden', { passed, total, hidden })
        : translate(locale, 'conditions.quizzes', { passed, total }),
    };
  }

  /** As the learner's attempt list shows it: the review shows scores, and it is open for them now. */
  private async scoreShown(manager: EntityManager, quiz: QuizEntity, userId: string): Promise<boolean> {
    if (!quiz.review.score) return false;
    const override = await manager.getRepository(QuizOverrideEntity).findOneBy({ quizId: quiz.id, userId });
    return reviewOpen(quiz, rulesFor(quiz, override));
  }
}
