import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, type Principal } from '@bina-pustaka/api-platform';
import type {
  LearnerCourse,
  LearnerLesson,
  LessonProgressState,
  Locale,
  ProgressResult,
} from '@bina-pustaka/shared-contracts';
import { DataSource } from 'typeorm';
import { CompletionConditionsService } from '../conditions/completion-conditions';
import { CourseCompletionsService } from './course-completions.service';
import { CourseParticipationService } from './course-participation.service';
import { CourseModuleEntity, LessonEntity } from '../entities/course-module.entity';
import { CourseCompletionEntity, LessonProgressEntity } from '../entities/progress.entity';
import { CourseViewsService } from './course-views.service';
import { EnrolmentAccessService } from './enrolment-access.service';
import { progressPercents } from './enrolment-rules';
import { LessonEvidenceService } from './lesson-evidence.service';

/** A video counts as watched from this share on. */
const VIDEO_DONE_FRACTION = 0.9;

export interface ProgressEvent {
  event: 'viewed' | 'opened' | 'reached-end' | 'video-progress';
  watchedFraction?: number;
}

/** The course player: what a learner sees and how their progress and completion are kept. */
@Injectable()
export class LearnerService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly views: CourseViewsService,
    private readonly conditions: CompletionConditionsService,
    private readonly completions: CourseCompletionsService,
    private readonly participation: CourseParticipationService,
    private readonly evidence: LessonEvidenceService,
    private readonly access: EnrolmentAccessService,
  ) {}

  async course(actor: Principal, courseId: string, locale: Locale): Promise<LearnerCourse> {
    const { course, enrolment, cohort } = await this.access.open(actor.userId, courseId, locale);
    const [modules, lessons, progress] = await Promise.all([
      this.dataSource.getRepository(CourseModuleEntity).find({ where: { courseId }, order: { position: 'ASC' } }),
      this.orderedLessons(courseId),
      this.dataSource.getRepository(LessonProgressEntity).findBy({ userId: actor.userId, courseId }),
    ]);
    const stateOf = (lessonId: string): LessonProgressState =>
      progress.find((p) => p.lessonId === lessonId)?.state ?? 'not-started';
    const notDone = lessons.filter((lesson) => stateOf(lesson.id) !== 'done');
    const lastOpened = progress
      .filter((p) => p.state !== 'done')
      .sort((a, b) => b.lastOpenedAt.getTime() - a.lastOpenedAt.getTime())[0];
    const completion = await this.dataSource
      .getRepository(CourseCompletionEntity)
      .findOneBy({ userId: actor.userId, courseId });
    const percent = await progressPercents(this.dataSource.manager, [{ userId: actor.userId, courseId }]);
    return {
      courseId,
      title: course.title,
      jp: course.jp,
      enrolment: {
        id: enrolment.id,
        status: enrolment.status,
        endsAt: (enrolment.endsAt ?? cohort.endsAt).toISOString(),
        cohortName: cohort.name,
      },
      modules: modules.map((module) => ({
        id: module.id,
        title: module.title,
        lessons: lessons
          .filter((lesson) => lesson.moduleId === module.id)
          .map((lesson) => ({
            id: lesson.id,
            title: lesson.title,
            kind: lesson.kind,
            required: lesson.required,
            estimatedMinutes: lesson.estimatedMinutes,
            state: stateOf(lesson.id),
          })),
      })),
      progressPercent: percent.get(`${actor.userId}:${courseId}`) ?? 0,
      resumeLessonId: lastOpened?.lessonId ?? notDone[0]?.id ?? null,
      completed: enrolment.status === 'completed',
      completedAt: completion?.completedAt.toISOString() ?? null,
      conditions: await this.conditions.evaluate({
        userId: actor.userId,
        course,
        manager: this.dataSource.manager,
        locale,
        forLearner: true,
      }),
    };
  }

  async lesson(actor: Principal, lessonId: string, locale: Locale): Promise<LearnerLesson> {
    const lesson = await this.findLesson(lessonId);
    await this.access.open(actor.userId, lesson.courseId, locale);
    // Served to the learner: from now on, the server's clock measures their reading.
    await this.evidence.opened(this.dataSource.manager, actor.userId, lesson);
    const [ordered, module, progress] = await Promise.all([
      this.orderedLessons(lesson.courseId),
      this.dataSource.getRepository(CourseModuleEntity).findOneByOrFail({ id: lesson.moduleId }),
      this.dataSource.getRepository(LessonProgressEntity).findOneBy({ userId: actor.userId, lessonId }),
    ]);
    const index = ordered.findIndex((l) => l.id === lessonId);
    const [detail] = await this.views.lessonDetails([lesson], actor.userId);
    return {
      lesson: detail,
      courseId: lesson.courseId,
      moduleTitle: module.title,
      state: progress?.state ?? 'not-started',
      watchedFraction: progress?.watchedFraction ?? 0,
      previousLessonId: ordered[index - 1]?.id ?? null,
      nextLessonId: ordered[index + 1]?.id ?? null,
    };
  }

  /**
   * Records what the learner did with a lesson. The server decides when it is done (text
   * read to the end, video 90% watched, file or link opened, not merely shown) and, when the course's rules
   * are then met, completes the course and adds its JP to the ledger, once. Progress that
   * could not have happened since the lesson was first opened is refused (422), see
   * LessonEvidenceService.
   */
  async progress(actor: Principal, lessonId: string, report: ProgressEvent, locale: Locale): Promise<ProgressResult> {
    const lesson = await this.findLesson(lessonId);
    const { enrolment, cohort } = await this.access.open(actor.userId, lesson.courseId, locale);
    if (enrolment.status === 'active' && (enrolment.endsAt ?? cohort.endsAt) < new Date()) {
      throw new AppError(409, 'learn.enrolmentEnded');
    }
    const done =
      (report.event === 'reached-end' && lesson.kind === 'text') ||
      (report.event === 'opened' && (lesson.kind === 'file' || lesson.kind === 'link')) ||
      (report.event === 'video-progress' &&
        lesson.kind === 'video' &&
        (report.watchedFraction ?? 0) >= VIDEO_DONE_FRACTION);
    const watched = report.event === 'video-progress' && lesson.kind === 'video' ? (report.watchedFraction ?? 0) : 0;
    const before = await this.dataSource
      .getRepository(LessonProgressEntity)
      .findOneBy({ userId: actor.userId, lessonId });
    // Only what would move progress forward is judged; a repeated or older report changes nothing.
    const advances = before?.state !== 'done' && (done || watched > (before?.watchedFraction ?? 0));
    if (advances) await this.evidence.judge(this.dataSource.manager, actor.userId, lesson, report, done, locale);
    else await this.evidence.opened(this.dataSource.manager, actor.userId, lesson);

    const outcome = await this.dataSource.transaction(async (manager) => {
      const [saved] = await manager.query(
        `INSERT INTO lesson_progress AS p (user_id, lesson_id, course_id, state, watched_fraction, last_opened_at, done_at)
         VALUES ($1, $2, $3, $4, $5, now(), CASE WHEN $4 = 'done' THEN now() END)
         ON CONFLICT (user_id, lesson_id) DO UPDATE SET
           watched_fraction = GREATEST(p.watched_fraction, EXCLUDED.watched_fraction),
           state = CASE WHEN p.state = 'done' OR EXCLUDED.state = 'done' THEN 'done' ELSE 'in-progress' END,
           done_at = coalesce(p.done_at, EXCLUDED.done_at),
           last_opened_at = CASE WHEN $6 THEN now() ELSE p.last_opened_at END
         RETURNING state, watched_fraction`,
        [
          actor.userId,
          lessonId,
          lesson.courseId,
          done ? 'done' : 'in-progress',
          watched,
          report.event === 'viewed' || report.event === 'opened',
        ],
      );
      const justCompleted =
        saved.state === 'done'
          ? await this.participation.completeIfMet(manager, actor.userId, lesson.courseId, locale)
          : false;
      return {
        state: saved.state as LessonProgressState,
        watchedFraction: Number(saved.watched_fraction),
        justCompleted,
      };
    });
    if (outcome.justCompleted) {
      await this.completions.notifyCompleted({ userId: actor.userId, courseId: lesson.courseId });
    }
    const [percent, completion] = await Promise.all([
      progressPercents(this.dataSource.manager, [{ userId: actor.userId, courseId: lesson.courseId }]),
      this.dataSource
        .getRepository(CourseCompletionEntity)
        .existsBy({ userId: actor.userId, courseId: lesson.courseId }),
    ]);
    return {
      lessonId,
      state: outcome.state,
      watchedFraction: outcome.watchedFraction,
      progressPercent: percent.get(`${actor.userId}:${lesson.courseId}`) ?? 0,
      courseCompleted: completion,
      justCompleted: outcome.justCompleted,
    };
  }

  /** Lessons in the order learners follow: by module, then within it. */
  private async orderedLessons(courseId: string): Promise<LessonEntity[]> {
    return this.dataSource
      .getRepository(LessonEntity)
      .createQueryBuilder('lesson')
      .innerJoin(CourseModuleEntity, 'module', 'module.id = lesson.moduleId')
      .where('lesson.courseId = :courseId', { courseId })
      .orderBy('module.position', 'ASC')
      .addOrderBy('lesson.position', 'ASC')
      .getMany();
  }

  private async findLesson(lessonId: string): Promise<LessonEntity> {
    const lesson = await this.dataSource.getRepository(LessonEntity).findOneBy({ id: lessonId });
    if (!lesson) throw new AppError(404, 'outline.lessonNotFound');
    return lesson;
  }
}
