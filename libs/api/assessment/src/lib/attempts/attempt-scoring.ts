import { AppError } from '@bina-pustaka/api-platform';
import { In, type EntityManager } from 'typeorm';
import { AttemptAnswerEntity, AttemptEntity } from '../entities/attempt.entity';
import { QuestionEntity } from '../entities/question.entity';
import type { QuizEntity } from '../entities/quiz.entity';
import { mark } from '../shared/grading';

// Every change to a submitted attempt's marks happens inside a transaction under a row lock
// on the attempt (SELECT ... FOR UPDATE): saves take a share lock on the same row, so a save
// either commits before a submit reads the answers or sees the attempt submitted and writes
// nothing. Used at submit (here) and when a person grades or a question is corrected (grading/).

/** The attempt, locked until the transaction ends; 404 if there is none. */
export async function lockAttempt(manager: EntityManager, attemptId: string): Promise<AttemptEntity> {
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
export async function scoreAttempt(
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
  const remarked: AttemptAnswerEntity[] = [];
  for (const question of questions) {
    const answer = answerOf.get(question.id);
    possible += question.points;
    if (!answer) continue;
    if (remark === 'all' || (remark === 'automatic' && question.type !== 'essay')) {
      answer.mark = mark(question.body, answer.value);
      remarked.push(answer);
    }
    if (answer.mark === null) needsGrading = true;
    earned += (answer.mark ?? 0) * question.points;
  }
  if (remarked.length > 0) {
    // One statement for every mark: the attempt's row lock is held until commit, and saves wait on it.
    await manager.query(
      `UPDATE attempt_answers AS a SET mark = m.mark
         FROM unnest($2::uuid[], $3::numeric[]) AS m (question_id, mark)
        WHERE a.attempt_id = $1 AND a.question_id = m.question_id`,
      [attemptId, remarked.map((answer) => answer.questionId), remarked.map((answer) => answer.mark)],
    );
  }
  const score = possible > 0 ? Math.round((earned / possible) * 10_000) / 100 : 0;
  const passed = needsGrading ? null : score >= quiz.passingScore;
  await manager.update(AttemptEntity, { id: attemptId }, { score, passed, needsGrading });
  return { ...attempt, score, passed, needsGrading };
}
