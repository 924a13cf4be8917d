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

interface AttemptRow {
  status: AttemptEntity['status'];
  submitted_at: Date | null;
  submitted_by: AttemptEntity['submittedBy'];
}

/** New marks ($2, $3) and the score in one statement; with `finish` it also submits the attempt. */
function scoreStatement(finish: boolean): string {
  // clock_timestamp(), not now(): the submit time is taken under the row lock, after every
  // save that got in before it, so "saved after submit" can never be true of a taken save.
  const submitted = finish ? `, status = 'submitted', submitted_at = clock_timestamp(), submitted_by = $7` : '';
  return `
    WITH marked AS (
      UPDATE attempt_answers AS a SET mark = m.mark
        FROM unnest($2::uuid[], $3::numeric[]) AS m (question_id, mark)
       WHERE a.attempt_id = $1 AND a.question_id = m.question_id)
    UPDATE attempts SET score = $4, passed = $5, needs_grading = $6${submitted}
     WHERE id = $1
    RETURNING status, submitted_at, submitted_by`;
}

/**
 * Marks the answers (all of them at submit; at a regrade only the automatic ones, so a
 * person's essay grade stays) and stores the attempt's score, with `finishedBy` also
 * marking it submitted, all in one statement: the attempt's row lock (taken by the caller
 * with lockAttempt) is held until commit and racing saves wait on it, so the fewer round
 * trips under it the better. Unanswered questions earn nothing. With an essay still to
 * grade, the score counts it as zero and pass is unknown.
 */
export async function scoreAttempt(
  manager: EntityManager,
  attempt: AttemptEntity,
  quiz: QuizEntity,
  remark: 'all' | 'automatic' | 'none',
  finishedBy?: 'learner' | 'deadline',
): Promise<AttemptEntity> {
  const questionIds = attempt.slots.map((slot) => slot.questionId);
  const [questions, answers] = await Promise.all([
    manager.getRepository(QuestionEntity).findBy({ id: In(questionIds) }),
    manager.getRepository(AttemptAnswerEntity).findBy({ attemptId: attempt.id }),
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
  const score = possible > 0 ? Math.round((earned / possible) * 10_000) / 100 : 0;
  const passed = needsGrading ? null : score >= quiz.passingScore;
  const runner = manager.queryRunner;
  if (!runner) throw new Error('scoreAttempt runs in the transaction that locked the attempt');
  const result = await runner.query(
    scoreStatement(finishedBy !== undefined),
    [
      attempt.id,
      remarked.map((answer) => answer.questionId),
      remarked.map((answer) => answer.mark),
      score,
      passed,
      needsGrading,
      ...(finishedBy ? [finishedBy] : []),
    ],
    true,
  );
  const stored = result.records[0] as AttemptRow;
  return {
    ...attempt,
    status: stored.status,
    submittedAt: stored.submitted_at,
    submittedBy: stored.submitted_by,
    score,
    passed,
    needsGrading,
  };
}
