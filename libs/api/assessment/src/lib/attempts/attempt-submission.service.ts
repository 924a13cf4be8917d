import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CourseParticipation } from '@bina-pustaka/api-learning';
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
    private readonly participation: CourseParticipation,
  ) {}

  /** Submits once; a second call (double click, the deadline job) answers the attempt as it is. */
  async submit(attemptId: string, by: 'learner' | 'deadline'): Promise<AttemptEntity> {
    const outcome = await retryOnConflict(() =>
      this.dataSource.transaction(async (manager) => {
        const attempt = await lockAttempt(manager, attemptId);
        if (attempt.status !== 'in-progress') return { attempt, quiz: null };
        // clock_timestamp, not now(): the moment the lock was won, after every save that got in before.
        await manager.query(
          `UPDATE attempts SET status = 'submitted', submitted_at = clock_timestamp(), submitted_by = $2 WHERE id = $1`,
          [attemptId, by],
        );
        const quiz = await manager.getRepository(QuizEntity).findOneByOrFail({ id: attempt.quizId });
        return { attempt: await scoreAttempt(manager, attemptId, quiz, 'all'), quiz };
      }),
    );
    if (outcome.quiz?.requiredForCompletion) {
      await this.participation.reevaluate(outcome.attempt.userId, outcome.quiz.courseId);
    }
    return outcome.attempt;
  }
}
