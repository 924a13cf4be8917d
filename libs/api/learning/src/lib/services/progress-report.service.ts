import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, type Principal } from '@bina-pustaka/api-platform';
import { UserDirectoryService } from '@bina-pustaka/api-identity';
import type { CourseProgressReport, Locale } from '@bina-pustaka/shared-contracts';
import { DataSource, In } from 'typeorm';
import { CohortEntity, EnrolmentEntity } from '../entities/cohort.entity';
import { CourseModuleEntity, LessonEntity } from '../entities/course-module.entity';
import { LessonProgressEntity } from '../entities/progress.entity';
import { CohortsService } from './cohorts.service';
import { CourseAccessService } from './course-access.service';
import { LessonEvidenceService } from './lesson-evidence.service';

/**
 * Who is where in a course: required lessons done per module, the first one not done, and
 * whose pace the server doubted (progress refused or only just accepted).
 */
@Injectable()
export class ProgressReportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CourseAccessService,
    private readonly cohorts: CohortsService,
    private readonly directory: UserDirectoryService,
    private readonly evidence: LessonEvidenceService,
  ) {}

  async report(
    actor: Principal,
    courseId: string,
    cohortId: string | undefined,
    locale: Locale,
  ): Promise<CourseProgressReport> {
    if (cohortId) {
      const cohort = await this.cohorts.viewable(actor, cohortId);
      if (cohort.courseId !== courseId) throw new AppError(404, 'cohorts.notFound');
    } else {
      await this.access.editable(actor, courseId);
    }
    const [modules, lessons, enrolments] = await Promise.all([
      this.dataSource.getRepository(CourseModuleEntity).find({ where: { courseId }, order: { position: 'ASC' } }),
      this.dataSource
        .getRepository(LessonEntity)
        .find({ where: { courseId, required: true }, order: { position: 'ASC' } }),
      this.dataSource.getRepository(EnrolmentEntity).find({
        where: { courseId, status: In(['active', 'completed']), ...(cohortId ? { cohortId } : {}) },
        order: { enrolledAt: 'ASC' },
      }),
    ]);
    const userIds = enrolments.map((e) => e.userId);
    const [progress, people, cohorts, flags] = await Promise.all([
      userIds.length
        ? this.dataSource.getRepository(LessonProgressEntity).findBy({ courseId, userId: In(userIds) })
        : [],
      this.directory.byIds(userIds),
      enrolments.length
        ? this.dataSource.getRepository(CohortEntity).findBy({ id: In(enrolments.map((e) => e.cohortId)) })
        : [],
      this.flags(courseId, userIds, locale),
    ]);
    // Required lessons in the order learners meet them.
    const ordered = modules.flatMap((module) => lessons.filter((lesson) => lesson.moduleId === module.id));
    return {
      courseId,
      modules: modules.map((module) => ({
        id: module.id,
        title: module.title,
        requiredLessons: lessons.filter((lesson) => lesson.moduleId === module.id).length,
      })),
      learners: enrolments.map((enrolment) => {
        const mine = progress.filter((p) => p.userId === enrolment.userId);
        const done = new Set(mine.filter((p) => p.state === 'done').map((p) => p.lessonId));
        const stuck = ordered.find((lesson) => !done.has(lesson.id));
        const person = people.get(enrolment.userId);
        const last = mine.reduce<Date | null>(
          (latest, p) => (!latest || p.lastOpenedAt > latest ? p.lastOpenedAt : latest),
          null,
        );
        return {
          user: { id: enrolment.userId, fullName: person?.fullName ?? '', email: person?.email ?? '' },
          cohortName: cohorts.find((c) => c.id === enrolment.cohortId)?.name ?? '',
          status: enrolment.status,
          doneByModule: modules.map(
            (module) => lessons.filter((l) => l.moduleId === module.id && done.has(l.id)).length,
          ),
          progressPercent: ordered.length
            ? Math.round((100 * ordered.filter((l) => done.has(l.id)).length) / ordered.length)
            : 0,
          lastActivityAt: last?.toISOString() ?? null,
          stuckAt: stuck ? { lessonId: stuck.id, title: stuck.title } : null,
          flag: flags.get(enrolment.userId) ?? null,
        };
      }),
    };
  }

  /** Doubts about pace on any lesson of the course (optional ones too), named by lesson title. */
  private async flags(courseId: string, userIds: string[], locale: Locale) {
    const titles = await this.dataSource
      .getRepository(LessonEntity)
      .find({ select: { id: true, title: true }, where: { courseId } });
    return this.evidence.flags(
      this.dataSource.manager,
      courseId,
      userIds,
      new Map(titles.map((lesson) => [lesson.id, lesson.title])),
      locale,
    );
  }
}
