import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserDirectoryService } from '@bina-pustaka/api-identity';
import { CourseParticipationService } from '@bina-pustaka/api-learning';
import { AuditTrailService } from '@bina-pustaka/api-audit';
import { AppError, toCsv, type Principal } from '@bina-pustaka/api-platform';
import type { EssayToGrade, LearningGain, QuizResults, StaffAttempt } from '@bina-pustaka/shared-contracts';
import { DataSource, In } from 'typeorm';
import { AttemptEntity } from '../entities/attempt.entity';
import { QuestionEntity } from '../entities/question.entity';
import { QuizEntity } from '../entities/quiz.entity';
import { quizScore } from '../shared/grading';
import { QuizzesService } from '../authoring/quizzes.service';

const mean = (values: number[]) =>
  values.length === 0 ? null : Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 100) / 100;

/** Share of the top and bottom learners compared for an item's discrimination (Kelley's 27%). */
const GROUP_SHARE = 0.27;

/** What trainers read after a quiz: attempts, essays to grade, item analysis, learning gain, CSV. */
@Injectable()
export class QuizResultsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly quizzes: QuizzesService,
    private readonly participation: CourseParticipationService,
    private readonly users: UserDirectoryService,
    private readonly audit: AuditTrailService,
  ) {}

  async attempts(actor: Principal, quizId: string): Promise<StaffAttempt[]> {
    await this.quizzes.editable(actor, quizId);
    const attempts = await this.dataSource
      .getRepository(AttemptEntity)
      .find({ where: { quizId }, order: { startedAt: 'ASC' } });
    const people = await this.users.byIds([...new Set(attempts.map((attempt) => attempt.userId))]);
    return attempts.map((attempt) => ({
      id: attempt.id,
      quizId,
      learner: { id: attempt.userId, fullName: people.get(attempt.userId)?.fullName ?? '' },
      number: attempt.number,
      status: attempt.status,
      startedAt: attempt.startedAt.toISOString(),
      deadlineAt: attempt.deadlineAt?.toISOString() ?? null,
      submittedAt: attempt.submittedAt?.toISOString() ?? null,
      submittedBy: attempt.submittedBy,
      score: attempt.score,
      passed: attempt.passed,
      needsGrading: attempt.needsGrading,
    }));
  }

  /** Essay answers of submitted attempts that nobody graded yet, oldest first. */
  async essaysToGrade(actor: Principal, quizId: string): Promise<EssayToGrade[]> {
    await this.quizzes.editable(actor, quizId);
    const rows: { attemptId: string; questionId: string; userId: string; text: string; submittedAt: Date }[] =
      await this.dataSource.query(
        `SELECT a.id AS "attemptId", x.question_id AS "questionId", a.user_id AS "userId",
                x.value ->> 'text' AS text, a.submitted_at AS "submittedAt"
           FROM attempts a JOIN attempt_answers x ON x.attempt_id = a.id
          WHERE a.quiz_id = $1 AND a.status = 'submitted' AND x.mark IS NULL AND x.value ->> 'type' = 'essay'
          ORDER BY a.submitted_at`,
        [quizId],
      );
    const questions = await this.dataSource
      .getRepository(QuestionEntity)
      .findBy({ id: In([...new Set(rows.map((row) => row.questionId))]) });
    const questionOf = new Map(questions.map((question) => [question.id, question]));
    const people = await this.users.byIds([...new Set(rows.map((row) => row.userId))]);
    return rows.map((row) => {
      const question = questionOf.get(row.questionId);
      return {
        attemptId: row.attemptId,
        questionId: row.questionId,
        learner: { id: row.userId, fullName: people.get(row.userId)?.fullName ?? '' },
        prompt: question?.prompt ?? '',
        rubric: question?.body.type === 'essay' ? question.body.rubric : null,
        text: row.text,
        maxPoints: question?.points ?? 0,
        submittedAt: row.submittedAt.toISOString(),
      };
    });
  }

  /** The attempt of a quiz this person edits (for grading), or 404. */
  async staffAttempt(actor: Principal, attemptId: string): Promise<AttemptEntity> {
    const attempt = await this.dataSource.getRepository(AttemptEntity).findOneBy({ id: attemptId });
    if (!attempt) throw new AppError(404, 'assessment.attemptNotFound');
    await this.quizzes.editable(actor, attempt.quizId);
    return attempt;
  }

  async results(actor: Principal, quizId: string): Promise<QuizResults> {
    const quiz = await this.quizzes.editable(actor, quizId);
    const attempts = await this.dataSource
      .getRepository(AttemptEntity)
      .find({ where: { quizId, status: 'submitted' }, order: { number: 'ASC' } });
    const scored = attempts.filter((attempt) => attempt.score !== null);
    const byLearner = new Map<string, number[]>();
    for (const attempt of scored)
      byLearner.set(attempt.userId, [...(byLearner.get(attempt.userId) ?? []), attempt.score ?? 0]);
    const learnerScores = [...byLearner.values()].map((scores) => quizScore(quiz.gradingMethod, scores) ?? 0);
    const distribution = Array.from({ length: 10 }, () => 0);
    for (const score of learnerScores) distribution[Math.min(9, Math.floor(score / 10))] += 1;

    // Item analysis over every submitted attempt: facility, and top-minus-bottom 27% facility.
    const marks: { attemptId: string; questionId: string; mark: string | null }[] = await this.dataSource.query(
      `SELECT x.attempt_id AS "attemptId", x.question_id AS "questionId", x.mark
         FROM attempt_answers x JOIN attempts a ON a.id = x.attempt_id
        WHERE a.quiz_id = $1 AND a.status = 'submitted' AND x.mark IS NOT NULL`,
      [quizId],
    );
    const ranked = [...scored].sort((a, b) => (b.score ?? 0) - (a.score ?? 0));
    const groupSize = Math.max(1, Math.round(ranked.length * GROUP_SHARE));
    const upper = new Set(ranked.slice(0, groupSize).map((attempt) => attempt.id));
    const lower = new Set(ranked.slice(-groupSize).map((attempt) => attempt.id));
    const questionIds = [...new Set(attempts.flatMap((attempt) => attempt.slots.map((slot) => slot.questionId)))];
    const questions = await this.dataSource.getRepository(QuestionEntity).findBy({ id: In(questionIds) });
    const facility = (questionId: string, among: Set<string> | null) => {
      // Shown but unanswered counts as zero.
      const pool = attempts.filter(
        (attempt) => (!among || among.has(attempt.id)) && attempt.slots.some((slot) => slot.questionId === questionId),
      );
      const earned = pool.map((attempt) =>
        Number(marks.find((m) => m.attemptId === attempt.id && m.questionId === questionId)?.mark ?? 0),
      );
      return mean(earned);
    };
    return {
      quizId,
      learners: byLearner.size,
      attempts: attempts.length,
      averageScore: mean(learnerScores),
      passRate:
        learnerScores.length === 0
          ? null
          : Math.round(
              (learnerScores.filter((score) => score >= quiz.passingScore).length / learnerScores.length) * 10_000,
            ) / 100,
      distribution,
      questions: questions.map((question) => {
        const top = facility(question.id, upper);
        const bottom = facility(question.id, lower);
        return {
          questionId: question.id,
          prompt: question.prompt,
          type: question.type,
          answered: marks.filter((m) => m.questionId === question.id).length,
          difficulty: facility(question.id, null),
          discrimination:
            ranked.length < 2 || top === null || bottom === null ? null : Math.round((top - bottom) * 100) / 100,
        };
      }),
    };
  }

  /** One row per learner: name, attempts, quiz score by the grading method, passed. */
  async csv(actor: Principal, quizId: string): Promise<string> {
    const quiz = await this.quizzes.editable(actor, quizId);
    const attempts = await this.attempts(actor, quizId);
    const byLearner = new Map<string, StaffAttempt[]>();
    for (const attempt of attempts)
      byLearner.set(attempt.learner.id, [...(byLearner.get(attempt.learner.id) ?? []), attempt]);
    const rows = [...byLearner.values()].map((own) => {
      const scores = own.filter((a) => a.status === 'submitted' && a.score !== null).map((a) => a.score ?? 0);
      const score = quizScore(quiz.gradingMethod, scores);
      return [
        own[0].learner.fullName,
        own[0].learner.id,
        own.length,
        score ?? '',
        score === null ? '' : score >= quiz.passingScore ? 'ya' : 'tidak',
      ];
    });
    const csv = toCsv([['nama', 'user_id', 'percobaan', 'nilai', 'lulus'], ...rows]);
    await this.audit.record({
      action: 'export.personal_data',
      actor,
      subject: { type: 'quiz', id: quiz.id, label: quiz.title },
      details: { report: 'quiz-results', rows: rows.length },
    });
    return csv;
  }

  /** Pre-test and post-test averages of the course's learners, per cohort (learners who took both). */
  async learningGain(actor: Principal, courseId: string): Promise<LearningGain> {
    await this.participation.editable(actor, courseId);
    const quizzes = await this.dataSource
      .getRepository(QuizEntity)
      .findBy({ courseId, role: In(['pre-test', 'post-test']) });
    const attempts = await this.dataSource.getRepository(AttemptEntity).find({
      where: { quizId: In(quizzes.map((quiz) => quiz.id)), status: 'submitted' },
      order: { number: 'ASC' },
    });
    const roleOf = new Map(quizzes.map((quiz) => [quiz.id, quiz]));
    // cohort -> learner -> role -> scores
    const cohorts = new Map<string, Map<string, { pre: number[]; post: number[] }>>();
    for (const attempt of attempts) {
      if (attempt.score === null || !attempt.cohortId) continue;
      const learners = cohorts.get(attempt.cohortId) ?? new Map();
      cohorts.set(attempt.cohortId, learners);
      const own = learners.get(attempt.userId) ?? { pre: [], post: [] };
      learners.set(attempt.userId, own);
      (roleOf.get(attempt.quizId)?.role === 'pre-test' ? own.pre : own.post).push(attempt.score);
    }
    return {
      courseId,
      cohorts: [...cohorts.entries()].map(([cohortId, learners]) => {
        // The first pre-test attempt and the best post-test attempt of learners who took both.
        const both = [...learners.values()].filter((own) => own.pre.length > 0 && own.post.length > 0);
        const preAverage = mean(both.map((own) => own.pre[0]));
        const postAverage = mean(both.map((own) => Math.max(...own.post)));
        return {
          cohortId,
          learners: both.length,
          preAverage,
          postAverage,
          gain: preAverage === null || postAverage === null ? null : Math.round((postAverage - preAverage) * 100) / 100,
        };
      }),
    };
  }
}
