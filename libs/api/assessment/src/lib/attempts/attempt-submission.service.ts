import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CourseParticipationService } from '@bina-pustaka/api-learning';
import { DataSource } from 'typeorm';
import type { AttemptEntity } from '../entities/attempt.entity';
import { QuizEntity } from '../entities/quiz.entity';
import { retryOnConflict } from '../shared/retry';
import { lockAttempt, scoreAttempt } from './attempt-scoring';

/**
 * The end of an attempt, by its learner or at its deadline: under the attempt's row lock it
 * is marked submitted, every answer is marked and the score stored, in one transaction.
 */
@Injectable()
export class AttemptSubmissionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly participation: CourseParticipationService,
  ) {}

  /** Submits once; a second call (double click, the deadline job) answers the attempt as it is. */
  async submit(attemptId: string, by: 'learner' | 'deadline'): Promise<AttemptEntity> {
    const outcome = await retryOnConflict(() =>
      this.dataSource.transaction(async (manager) => {
        const attempt = await lockAttempt(manager, attemptId);
        if (attempt.status !== 'in-progress') return { attempt, quiz: null };
        const quiz = await manager.getRepository(QuizEntity).findOneByOrFail({ id: attempt.quizId });
        return { attempt: await scoreAttempt(manager, attempt, quiz, 'all', by), quiz };
      }),
    );
    if (outcome.quiz?.requiredForCompletion) {
      await this.participation.reevaluate(outcome.attempt.userId, outcome.quiz.courseId);
    }
    return outcome.attempt;
  }
}
