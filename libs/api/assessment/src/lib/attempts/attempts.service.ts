import { randomInt } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { EnrolmentAccessService } from '@bina-pustaka/api-learning';
import { APP_CONFIG, AppError, isUniqueViolation, type AppConfig, type Principal } from '@bina-pustaka/api-platform';
import type {
  AnswerValue,
  AttemptSummary,
  AttemptView,
  LearnerQuizInfo,
  Locale,
  SavedAnswer,
} from '@bina-pustaka/shared-contracts';
import type { Pool } from 'pg';
import { DataSource, In, IsNull, type EntityManager } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { AttemptAnswerEntity, AttemptEntity, type AttemptSlot } from '../entities/attempt.entity';
import { QuestionEntity } from '../entities/question.entity';
import { QuizEntity, QuizOverrideEntity } from '../entities/quiz.entity';
import { AttemptDeadlinesService } from './attempt-deadlines.service';
import { AttemptSubmissionService } from './attempt-submission.service';
import { answerReview, learnerBody, orderableIds } from './learner-views';
import { saveAnswerStatement, type SaveAnswerRow } from './save-answer.statement';

function shuffled<T>(list: readonly T[]): T[] {
  const copy = [...list];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = randomInt(index + 1);
    [copy[index], copy[other]] = [copy[other], copy[index]];
  }
  return copy;
}

/** A quiz's rules for one learner, their override applied. */
export interface Rules {
  opensAt: Date | null;
  closesAt: Date | null;
  timeLimitMinutes: number | null;
  attemptsAllowed: number | null;
}

export function rulesFor(quiz: QuizEntity, override: QuizOverrideEntity | null): Rules {
  return {
    opensAt: override?.opensAt ?? quiz.opensAt,
    closesAt: override?.closesAt ?? quiz.closesAt,
    timeLimitMinutes: quiz.timeLimitMinutes === null ? null : quiz.timeLimitMinutes + (override?.extraMinutes ?? 0),
    attemptsAllowed: quiz.attemptsAllowed === null ? null : quiz.attemptsAllowed + (override?.extraAttempts ?? 0),
  };
}

/** Whether the learner may see the review of a submitted attempt now. */
export function reviewOpen(quiz: QuizEntity, rules: Rules, now = new Date()): boolean {
  if (quiz.review.when === 'immediately') return true;
  if (quiz.review.when === 'after-close') return rules.closesAt !== null && now >= rules.closesAt;
  return false;
}

/**
 * What learners do with quizzes: start an attempt (the server fixes questions, their order
 * and the deadline), save answers as they go, submit, and read the review the quiz allows.
 * An attempt is only ever found together with its owner: another learner's id is a 404.
 */
@Injectable()
export class AttemptsService {
  private readonly graceSeconds: number;
  /** TypeORM's own pg pool, for the autosave's named (prepared) statement. */
  private readonly pool: Pool;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly enrolment: EnrolmentAccessService,
    private readonly submission: AttemptSubmissionService,
    private readonly deadlines: AttemptDeadlinesService,
  ) {
    this.graceSeconds = config.assessment.saveGraceSeconds;
    this.pool = (dataSource.driver as PostgresDriver).master as Pool;
  }

  async courseQuizzes(actor: Principal, courseId: string, locale: Locale): Promise<LearnerQuizInfo[]> {
    await this.enrolment.cohortId(actor.userId, courseId, locale);
    const quizzes = await this.dataSource
      .getRepository(QuizEntity)
      .find({ where: { courseId, published: true }, order: { createdAt: 'ASC' } });
    return Promise.all(quizzes.map((quiz) => this.info(actor.userId, quiz)));
  }

  async quiz(actor: Principal, quizId: string, locale: Locale): Promise<LearnerQuizInfo> {
    const quiz = await this.publishedQuiz(quizId);
    await this.enrolment.cohortId(actor.userId, quiz.courseId, locale);
    return this.info(actor.userId, quiz);
  }

  /** Starts an attempt, or answers the one already running (a second tab, a reload). */
  async start(actor: Principal, quizId: string, locale: Locale): Promise<AttemptView> {
    const quiz = await this.publishedQuiz(quizId);
    const cohortId = await this.enrolment.cohortId(actor.userId, quiz.courseId, locale);
    const rules = rulesFor(quiz, await this.override(quiz.id, actor.userId));
    const attempt = await this.startOnce(quiz, rules, actor.userId, cohortId).catch((error: unknown) => {
      // Two tabs started at once: the other one won; resume its attempt.
      if (
        isUniqueViolation(error, 'uq_attempts_one_in_progress') ||
        isUniqueViolation(error, 'uq_attempts_quiz_user_number')
      ) {
        return this.startOnce(quiz, rules, actor.userId, cohortId);
      }
      throw error;
    });
    if (attempt.deadlineAt) await this.deadlines.schedule(attempt.id, attempt.deadlineAt);
    return this.describe(attempt, quiz, rules);
  }

  async view(actor: Principal, attemptId: string): Promise<AttemptView> {
    const attempt = await this.own(actor, attemptId);
    const quiz = await this.dataSource.getRepository(QuizEntity).findOneByOrFail({ id: attempt.quizId });
    return this.describe(attempt, quiz, rulesFor(quiz, await this.override(quiz.id, actor.userId)));
  }

  /**
   * One row per question, upserted in one statement (save-answer.statement.ts): the share
   * lock on the attempt makes a save wait for a submit in progress and then find it
   * submitted; the sequence makes a late duplicate or an older save leave a newer answer as
   * it is, and answer the stored sequence.
   */
  async save(
    actor: Principal,
    attemptId: string,
    questionId: string,
    input: { answer: AnswerValue; seq: number },
  ): Promise<SavedAnswer> {
    const { rows } = await this.pool.query<SaveAnswerRow>(
      saveAnswerStatement({ attemptId, userId: actor.userId, questionId, ...input, graceSeconds: this.graceSeconds }),
    );
    const saved = rows[0];
    if (saved) return { questionId, seq: Number(saved.seq), savedAt: saved.saved_at.toISOString() };
    return this.explainUnsaved(actor, attemptId, questionId, input.answer);
  }

  async submit(actor: Principal, attemptId: string): Promise<AttemptView> {
    await this.own(actor, attemptId);
    await this.submission.submit(attemptId, 'learner');
    return this.view(actor, attemptId);
  }

  /** The attempt refused the save: say why, or answer the save stored before the deadline (a duplicate is fine). */
  private async explainUnsaved(
    actor: Principal,
    attemptId: string,
    questionId: string,
    answer: AnswerValue,
  ): Promise<SavedAnswer> {
    const attempt = await this.own(actor, attemptId);
    const slot = attempt.slots.find((s) => s.questionId === questionId);
    if (!slot) throw new AppError(404, 'assessment.questionNotInAttempt');
    if (slot.type !== answer.type) throw new AppError(422, 'assessment.answerWrongType');
    if (attempt.status !== 'in-progress') throw new AppError(409, 'assessment.attemptFinished');
    const stored = await this.dataSource.getRepository(AttemptAnswerEntity).findOneBy({ attemptId, questionId });
    if (stored) return { questionId, seq: stored.seq, savedAt: stored.savedAt.toISOString() };
    throw new AppError(409, 'assessment.deadlinePassed');
  }

  private async startOnce(quiz: QuizEntity, rules: Rules, userId: string, cohortId: string): Promise<AttemptEntity> {
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(AttemptEntity);
      const running = await repository.findOneBy({ quizId: quiz.id, userId, status: 'in-progress' });
      if (running) return running;
      const now = new Date();
      if (rules.opensAt && now < rules.opensAt) throw new AppError(409, 'assessment.notOpen');
      if (rules.closesAt && now >= rules.closesAt) throw new AppError(409, 'assessment.closed');
      const used = await repository.countBy({ quizId: quiz.id, userId });
      if (rules.attemptsAllowed !== null && used >= rules.attemptsAllowed) {
        throw new AppError(409, 'assessment.noAttemptsLeft');
      }
      const slots = await this.pickSlots(manager, quiz);
      if (slots.length === 0) throw new AppError(409, 'assessment.noQuestions');
      const limitEnds =
        rules.timeLimitMinutes === null ? null : new Date(now.getTime() + rules.timeLimitMinutes * 60_000);
      const ends = [limitEnds, rules.closesAt].filter((date): date is Date => date !== null);
      return repository.save({
        quizId: quiz.id,
        userId,
        cohortId,
        number: used + 1,
        status: 'in-progress',
        slots,
        startedAt: now,
        deadlineAt: ends.length > 0 ? new Date(Math.min(...ends.map((date) => date.getTime()))) : null,
        submittedAt: null,
        submittedBy: null,
        score: null,
        passed: null,
        needsGrading: false,
      });
    });
  }

  /** The attempt's questions: fixed or drawn per category, in a shuffled order if asked. */
  private async pickSlots(manager: EntityManager, quiz: QuizEntity): Promise<AttemptSlot[]> {
    const questions = manager.getRepository(QuestionEntity);
    let picked: QuestionEntity[];
    if (quiz.selection.mode === 'fixed') {
      const found = await questions.findBy({ id: In(quiz.selection.questionIds), archivedAt: IsNull() });
      const byId = new Map(found.map((question) => [question.id, question]));
      picked = quiz.selection.questionIds.flatMap((id) => byId.get(id) ?? []);
    } else {
      picked = [];
      for (const rule of quiz.selection.rules) {
        picked.push(
          ...(await questions
            .createQueryBuilder('q')
            .where('q.categoryId = :categoryId AND q.courseId = :courseId AND q.archivedAt IS NULL', {
              categoryId: rule.categoryId,
              courseId: quiz.courseId,
            })
            .orderBy('random()')
            .limit(rule.count)
            .getMany()),
        );
      }
    }
    if (quiz.shuffleQuestions) picked = shuffled(picked);
    return picked.map((question) => {
      const ids = orderableIds(question.body);
      // Ordering items are always shown shuffled: their stored order is the answer.
      const shuffle = quiz.shuffleOptions || question.type === 'ordering' || question.type === 'matching';
      return { questionId: question.id, type: question.type, order: shuffle ? shuffled(ids) : ids };
    });
  }

  private async describe(attempt: AttemptEntity, quiz: QuizEntity, rules: Rules): Promise<AttemptView> {
    const questionIds = attempt.slots.map((slot) => slot.questionId);
    const [questions, answers] = await Promise.all([
      this.dataSource.getRepository(QuestionEntity).findBy({ id: In(questionIds) }),
      this.dataSource.getRepository(AttemptAnswerEntity).findBy({ attemptId: attempt.id }),
    ]);
    const questionOf = new Map(questions.map((question) => [question.id, question]));
    const answerOf = new Map(answers.map((answer) => [answer.questionId, answer]));
    const reviewShown = attempt.status === 'submitted' && reviewOpen(quiz, rules);
    return {
      ...this.summary(attempt, quiz, rules),
      quizId: quiz.id,
      quizTitle: quiz.title,
      deadlineAt: attempt.deadlineAt?.toISOString() ?? null,
      serverNow: new Date().toISOString(),
      reviewShown,
      questions: attempt.slots.flatMap((slot) => {
        const question = questionOf.get(slot.questionId);
        if (!question) return [];
        const answer = answerOf.get(slot.questionId) ?? null;
        return [
          {
            questionId: question.id,
            prompt: question.prompt,
            points: question.points,
            body: learnerBody(question.body, slot),
            answer: answer?.value ?? null,
            answerSeq: answer?.seq ?? null,
            ...(reviewShown ? { review: answerReview(question, answer, quiz.review) } : {}),
          },
        ];
      }),
    };
  }

  /** Score and pass appear only once the review shows scores. */
  private summary(attempt: AttemptEntity, quiz: QuizEntity, rules: Rules): AttemptSummary {
    const scoreShown = attempt.status === 'submitted' && quiz.review.score && reviewOpen(quiz, rules);
    return {
      id: attempt.id,
      number: attempt.number,
      status: attempt.status,
      startedAt: attempt.startedAt.toISOString(),
      submittedAt: attempt.submittedAt?.toISOString() ?? null,
      ...(scoreShown ? { score: attempt.score, passed: attempt.passed } : {}),
    };
  }

  private async info(userId: string, quiz: QuizEntity): Promise<LearnerQuizInfo> {
    const rules = rulesFor(quiz, await this.override(quiz.id, userId));
    const attempts = await this.dataSource
      .getRepository(AttemptEntity)
      .find({ where: { quizId: quiz.id, userId }, order: { number: 'ASC' } });
    return {
      id: quiz.id,
      courseId: quiz.courseId,
      title: quiz.title,
      description: quiz.description,
      timeLimitMinutes: rules.timeLimitMinutes,
      opensAt: rules.opensAt?.toISOString() ?? null,
      closesAt: rules.closesAt?.toISOString() ?? null,
      attemptsAllowed: rules.attemptsAllowed,
      attemptsUsed: attempts.length,
      passingScore: quiz.passingScore,
      role: quiz.role,
      requiredForCompletion: quiz.requiredForCompletion,
      inProgressAttemptId: attempts.find((attempt) => attempt.status === 'in-progress')?.id ?? null,
      attempts: attempts.map((attempt) => this.summary(attempt, quiz, rules)),
    };
  }

  private async own(actor: Principal, attemptId: string): Promise<AttemptEntity> {
    const attempt = await this.dataSource
      .getRepository(AttemptEntity)
      .findOneBy({ id: attemptId, userId: actor.userId });
    if (!attempt) throw new AppError(404, 'assessment.attemptNotFound');
    return attempt;
  }

  private async publishedQuiz(quizId: string): Promise<QuizEntity> {
    const quiz = await this.dataSource.getRepository(QuizEntity).findOneBy({ id: quizId, published: true });
    if (!quiz) throw new AppError(404, 'assessment.quizNotFound');
    return quiz;
  }

  private override(quizId: string, userId: string): Promise<QuizOverrideEntity | null> {
    return this.dataSource.getRepository(QuizOverrideEntity).findOneBy({ quizId, userId });
  }
}
