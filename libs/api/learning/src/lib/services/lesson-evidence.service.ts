import { Injectable } from '@nestjs/common';
import { AppError, translate } from '@bina-pustaka/api-platform';
import type { CourseProgressReport, Locale } from '@bina-pustaka/shared-contracts';
import type { EntityManager } from 'typeorm';
import type { LessonEntity } from '../entities/course-module.entity';
import { LessonEvidenceEntity, type PaceConcern } from '../entities/progress.entity';
import { claimOf, formatSeconds, judgePace, type PacedReport } from './lesson-pace';

type Flag = CourseProgressReport['learners'][number]['flag'];

/**
 * The server's evidence of how a learner went through a lesson. The first time a lesson is
 * served (or reported on) its time is kept; progress that claims more than could have been
 * read or watched since is refused, and the trainer sees it. Only server time counts: a
 * report read offline and sent later is judged at the moment it arrives, which is later
 * still, so it passes.
 */
@Injectable()
export class LessonEvidenceService {
  /** Keeps the first opening (a later one changes nothing) and says how long ago it was. */
  async opened(manager: EntityManager, userId: string, lesson: LessonEntity): Promise<number> {
    const [row]: { elapsed: number }[] = await manager.query(
      `INSERT INTO lesson_evidence AS e (user_id, lesson_id, course_id) VALUES ($1, $2, $3)
       ON CONFLICT (user_id, lesson_id) DO UPDATE SET first_opened_at = e.first_opened_at
       RETURNING extract(epoch FROM now() - first_opened_at)::float8 AS elapsed`,
      [userId, lesson.id, lesson.courseId],
    );
    return Math.max(0, Number(row.elapsed));
  }

  /**
   * Judges a report that would change the learner's progress. Refused: recorded for the
   * trainer and thrown as a 422 (nothing else is written) with Retry-After, the seconds until
   * it would pass. Borderline: recorded when `completes` (the report finishes the lesson).
   */
  async judge(
    manager: EntityManager,
    userId: string,
    lesson: LessonEntity,
    report: PacedReport,
    completes: boolean,
    locale: Locale,
  ): Promise<void> {
    const elapsed = await this.opened(manager, userId, lesson);
    const pace = judgePace(claimOf(lesson, report), elapsed);
    if (pace.verdict === 'plausible' || (pace.verdict === 'borderline' && !completes)) return;
    const concern: PaceConcern = {
      verdict: pace.verdict,
      claim: pace.claim.kind,
      elapsedSeconds: Math.round(elapsed),
      neededSeconds: Math.round(pace.claim.neededSeconds),
      watchedSeconds: Math.round(pace.claim.watchedSeconds),
      at: new Date().toISOString(),
    };
    const counter = pace.verdict === 'refused' ? 'refused_count' : 'borderline_count';
    await manager.query(
      `UPDATE lesson_evidence SET ${counter} = ${counter} + 1, last_concern = $3 WHERE user_id = $1 AND lesson_id = $2`,
      [userId, lesson.id, JSON.stringify(concern)],
    );
    if (pace.verdict === 'refused') {
      throw new AppError(
        422,
        concern.claim === 'reading' ? 'learn.tooSoon' : 'learn.videoTooFast',
        {
          elapsed: formatSeconds(concern.elapsedSeconds, locale),
          needed: formatSeconds(concern.neededSeconds, locale),
          watched: formatSeconds(concern.watchedSeconds, locale),
        },
        { 'Retry-After': String(pace.retryAfterSeconds) },
      );
    }
  }

  /** Per learner of a course: refusals and borderline completions, and the latest reason in words. */
  async flags(
    manager: EntityManager,
    courseId: string,
    userIds: string[],
    lessonTitles: Map<string, string>,
    locale: Locale,
  ): Promise<Map<string, Flag>> {
    if (userIds.length === 0) return new Map();
    const rows = await manager
      .getRepository(LessonEvidenceEntity)
      .createQueryBuilder('e')
      .where('e.courseId = :courseId AND e.userId IN (:...userIds)', { courseId, userIds })
      .andWhere('e.lastConcern IS NOT NULL')
      .getMany();
    const flags = new Map<string, Flag>();
    for (const userId of userIds) {
      const mine = rows.filter((row) => row.userId === userId);
      const latest = mine.sort((a, b) => (b.lastConcern?.at ?? '').localeCompare(a.lastConcern?.at ?? ''))[0];
      if (!latest?.lastConcern) continue;
      flags.set(userId, {
        refused: mine.reduce((sum, row) => sum + row.refusedCount, 0),
        borderline: mine.reduce((sum, row) => sum + row.borderlineCount, 0),
        reason: describeConcern(latest.lastConcern, lessonTitles.get(latest.lessonId) ?? '', locale),
      });
    }
    return flags;
  }
}

function describeConcern(concern: PaceConcern, lesson: string, locale: Locale): string {
  return translate(locale, `learn.flag.${concern.verdict}.${concern.claim}`, {
    lesson,
    elapsed: formatSeconds(concern.elapsedSeconds, locale),
    needed: formatSeconds(concern.neededSeconds, locale),
    watched: formatSeconds(concern.watchedSeconds, locale),
  });
}
