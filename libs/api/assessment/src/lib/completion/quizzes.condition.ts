import { Injectable, type OnModuleInit } from '@nestjs/common';
import { CompletionConditions, type CompletionCondition, type CompletionContext } from '@bina-pustaka/api-learning';
import { translate } from '@bina-pustaka/api-platform';
import type { EntityManager } from 'typeorm';
import { AttemptEntity } from '../entities/attempt.entity';
import { QuizEntity } from '../entities/quiz.entity';
import { quizScore } from '../shared/grading';

const requiredQuizzes = (manager: EntityManager, courseId: string) =>
  manager.getRepository(QuizEntity).findBy({ courseId, published: true, requiredForCompletion: true });

/** Every published quiz the course requires is passed (its score by the quiz's grading method). */
@Injectable()
export class QuizzesCondition implements CompletionCondition, OnModuleInit {
  readonly kind = 'quizzes' as const;

  constructor(private readonly conditions: CompletionConditions) {}

  onModuleInit(): void {
    this.conditions.register(this);
  }

  async appliesTo(course: { id: string }, manager: EntityManager): Promise<boolean> {
    return (await requiredQuizzes(manager, course.id)).length > 0;
  }

  async evaluate({ userId, course, manager, locale }: CompletionContext) {
    const quizzes = await requiredQuizzes(manager, course.id);
    let passed = 0;
    for (const quiz of quizzes) {
      const attempts = await manager.getRepository(AttemptEntity).find({
        where: { quizId: quiz.id, userId, status: 'submitted', needsGrading: false },
        order: { number: 'ASC' },
      });
      const score = quizScore(
        quiz.gradingMethod,
        attempts.map((attempt) => attempt.score ?? 0),
      );
      if (score !== null && score >= quiz.passingScore) passed += 1;
    }
    return {
      met: passed >= quizzes.length,
      detail: translate(locale, 'conditions.quizzes', { passed, total: quizzes.length }),
    };
  }
}
