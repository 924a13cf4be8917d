import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PersonalDataRegistryService, type PersonalDataSource } from '@bina-pustaka/api-platform';
import { DataSource, type EntityManager } from 'typeorm';

/**
 * A person's quiz attempts with their answers. Erasing keeps the attempts (a cohort's
 * results and a course's completion stand on them; they then belong to an anonymous
 * account) and removes the personal exceptions a trainer granted (extra time, attempts).
 */
@Injectable()
export class AssessmentPersonalDataService implements PersonalDataSource, OnModuleInit {
  readonly section = 'assessment';

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: PersonalDataRegistryService,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async collect(userId: string): Promise<unknown> {
    const attempts: { id: string }[] = await this.dataSource.query(
      `SELECT a.id, q.title AS "quiz", a.number, a.status, a.started_at AS "startedAt",
              a.submitted_at AS "submittedAt", a.score, a.passed
       FROM attempts a JOIN quizzes q ON q.id = a.quiz_id
       WHERE a.user_id = $1 ORDER BY a.started_at`,
      [userId],
    );
    const answers: { attemptId: string }[] = await this.dataSource.query(
      `SELECT s.attempt_id AS "attemptId", p.prompt AS "question", s.value, s.saved_at AS "savedAt",
              s.mark, s.grader_comment AS "graderComment"
       FROM attempt_answers s JOIN attempts a ON a.id = s.attempt_id JOIN questions p ON p.id = s.question_id
       WHERE a.user_id = $1 ORDER BY s.saved_at`,
      [userId],
    );
    // Each attempt with its own answers; the ids only join the two and are left out.
    return attempts.map(({ id, ...attempt }) => ({
      ...attempt,
      answers: answers
        .filter((answer) => answer.attemptId === id)
        .map((answer) => Object.fromEntries(Object.entries(answer).filter(([key]) => key !== 'attemptId'))),
    }));
  }

  async erase(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(`DELETE FROM quiz_overrides WHERE user_id = $1`, [userId]);
  }
}
