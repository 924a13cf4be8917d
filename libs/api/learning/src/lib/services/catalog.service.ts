import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, translate, type Principal } from '@bina-pustaka/api-platform';
import type { CatalogCourse, CatalogCourseDetail, Locale, Page } from '@bina-pustaka/shared-contracts';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { CohortEntity } from '../entities/cohort.entity';
import { CourseEntity } from '../entities/course.entity';
import { CourseModuleEntity, LessonEntity } from '../entities/course-module.entity';
import {
  catalogCardStatement,
  catalogPageStatement,
  withCoverLinks,
  type CatalogCardRow,
  type CatalogPageRow,
  type CatalogQuery,
} from './catalog-query';
import { CourseViewsService } from './course-views.service';
import { EnrolmentsService } from './enrolments.service';
import { FilesService } from './files.service';
import { unmetPrerequisites } from './enrolment-rules';

/** Published courses as librarians find them: searched in Indonesian, filtered, with my status. */
@Injectable()
export class CatalogService {
  /**
   * TypeORM's own pg pool, used directly for the catalog's named (prepared) statements:
   * no query builder, no entity mapping, no re-planning (BENCHMARKS.md, "Course catalog").
   */
  private readonly pool: Pool;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly views: CourseViewsService,
    private readonly files: FilesService,
    private readonly enrolments: EnrolmentsService,
  ) {
    this.pool = (dataSource.driver as PostgresDriver).master as Pool;
  }

  async list(actor: Principal, query: CatalogQuery): Promise<Page<CatalogCourse>> {
    const { rows } = await this.pool.query<CatalogPageRow>(catalogPageStatement(actor.userId, query));
    const [{ total, items }] = rows;
    return { items: this.withCoverLinks(items, actor.userId), total, page: query.page, pageSize: query.pageSize };
  }

  async detail(actor: Principal, courseId: string, locale: Locale): Promise<CatalogCourseDetail> {
    const course = await this.dataSource.getRepository(CourseEntity).findOneBy({ id: courseId, status: 'published' });
    if (!course) throw new AppError(404, 'courses.notFound');
    const [{ rows }, descriptionHtml, prerequisites, unmet, modules, lessons, cohorts] = await Promise.all([
      this.pool.query<CatalogPageRow>(catalogCardStatement(actor.userId, courseId)),
      this.views.descriptionHtml(course, actor.userId),
      this.views.prerequisitesOf(courseId),
      unmetPrerequisites(this.dataSource.manager, courseId, [actor.userId]),
      this.dataSource.getRepository(CourseModuleEntity).find({ where: { courseId }, order: { position: 'ASC' } }),
      this.dataSource.getRepository(LessonEntity).find({ where: { courseId }, order: { position: 'ASC' } }),
      this.dataSource
        .getRepository(CohortEntity)
        .createQueryBuilder('cohort')
        .where('cohort.courseId = :courseId AND cohort.endsAt > now()', { courseId })
        .orderBy('cohort.startsAt', 'ASC')
        .getMany(),
    ]);
    const [card] = this.withCoverLinks(rows[0].items, actor.userId);
    // Archived while this page was being read.
    if (!card) throw new AppError(404, 'courses.notFound');
    const missing = new Set((unmet.get(actor.userId) ?? []).map((course) => course.id));
    const cohortViews = [];
    for (const cohort of cohorts) {
      const live = await this.dataSource.query(
        `SELECT count(*)::int AS n FROM enrolments WHERE cohort_id = $1 AND status IN ('pending', 'active', 'completed')`,
        [cohort.id],
      );
      const refusal = await this.enrolments.cannotSelfEnrol(this.dataSource.manager, cohort, actor.userId, locale);
      cohortViews.push({
        id: cohort.id,
        name: cohort.name,
        enrolOpensAt: cohort.enrolOpensAt.toISOString(),
        enrolClosesAt: cohort.enrolClosesAt.toISOString(),
        startsAt: cohort.startsAt.toISOString(),
        endsAt: cohort.endsAt.toISOString(),
        capacity: cohort.capacity,
        selfEnrolment: cohort.selfEnrolment,
        seatsLeft: cohort.capacity === null ? null : Math.max(0, cohort.capacity - Number(live[0].n)),
        canSelfEnrol: refusal === null,
        cannotSelfEnrolReason: refusal ? translate(locale, refusal.code, refusal.params) : null,
      });
    }
    return {
      ...card,
      description: course.description,
      descriptionHtml,
      prerequisites: prerequisites.map((p) => ({ ...p, completedByMe: !missing.has(p.id) })),
      outline: modules.map((module) => ({
        id: module.id,
        title: module.title,
        lessons: lessons
          .filter((lesson) => lesson.moduleId === module.id)
          .map(({ id, title, kind, estimatedMinutes, required }) => ({ id, title, kind, estimatedMinutes, required })),
      })),
      cohorts: cohortViews,
    };
  }

  private withCoverLinks(cards: CatalogCardRow[], viewerId: string): CatalogCourse[] {
    return withCoverLinks(cards, (fileId) => this.files.contentUrl(fileId, viewerId));
  }
}
