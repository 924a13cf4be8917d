import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, translate, type Principal, containsPattern } from '@bina-pustaka/api-platform';
import type { CatalogCourse, CatalogCourseDetail, CourseCategory, Locale, Page } from '@bina-pustaka/shared-contracts';
import { DataSource, In } from 'typeorm';
import { CohortEntity, EnrolmentEntity } from '../entities/cohort.entity';
import { CourseEntity } from '../entities/course.entity';
import { CourseModuleEntity, LessonEntity } from '../entities/course-module.entity';
import { CourseViews } from './course-views.service';
import { EnrolmentsService } from './enrolments.service';
import { FilesService } from './files.service';
import { unmetPrerequisites } from './enrolment-rules';

export interface CatalogQuery {
  q?: string;
  category?: CourseCategory;
  skkni?: string;
  jpMin?: number;
  jpMax?: number;
  enrolment?: 'none' | 'enrolled' | 'completed';
  page: number;
  pageSize: number;
}

/** Published courses as librarians find them: searched in Indonesian, filtered, with my status. */
@Injectable()
export class CatalogService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly views: CourseViews,
    private readonly files: FilesService,
    private readonly enrolments: EnrolmentsService,
  ) {}

  async list(actor: Principal, query: CatalogQuery): Promise<Page<CatalogCourse>> {
    const conditions = [`c.status = 'published'`];
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    let rank = 'c.title';
    if (query.q) {
      const q = param(query.q);
      const like = param(containsPattern(query.q));
      conditions.push(`(c.search_vector @@ websearch_to_tsquery('indonesian', ${q}) OR c.title ILIKE ${like})`);
      rank = `ts_rank(c.search_vector, websearch_to_tsquery('indonesian', ${q})) DESC, c.title`;
    }
    if (query.category) conditions.push(`c.category = ${param(query.category)}`);
    if (query.skkni) conditions.push(`${param(query.skkni)} = ANY(c.skkni_units)`);
    if (query.jpMin !== undefined) conditions.push(`c.jp >= ${param(query.jpMin)}`);
    if (query.jpMax !== undefined) conditions.push(`c.jp <= ${param(query.jpMax)}`);
    const mine = query.enrolment
      ? `SELECT 1 FROM enrolments e WHERE e.course_id = c.id AND e.user_id = ${param(actor.userId)}`
      : '';
    if (query.enrolment === 'none')
      conditions.push(`NOT EXISTS (${mine} AND e.status IN ('pending', 'active', 'completed'))`);
    if (query.enrolment === 'enrolled') conditions.push(`EXISTS (${mine} AND e.status IN ('pending', 'active'))`);
    if (query.enrolment === 'completed') conditions.push(`EXISTS (${mine} AND e.status = 'completed')`);
    const where = conditions.join(' AND ');
    const limit = param(query.pageSize);
    const offset = param((query.page - 1) * query.pageSize);
    const [ids, [{ total }]] = await Promise.all([
      this.dataSource.query(
        `SELECT c.id FROM courses c WHERE ${where} ORDER BY ${rank} LIMIT ${limit} OFFSET ${offset}`,
        params,
      ) as Promise<{ id: string }[]>,
      this.dataSource.query(
        `SELECT count(*)::int AS total FROM courses c WHERE ${where}`,
        params.slice(0, params.length - 2),
      ) as Promise<{ total: number }[]>,
    ]);
    const courses = await this.dataSource.getRepository(CourseEntity).findBy({ id: In(ids.map((row) => row.id)) });
    const ordered = ids.map((row) => courses.find((course) => course.id === row.id) as CourseEntity);
    return { items: await this.cards(ordered, actor.userId), total, page: query.page, pageSize: query.pageSize };
  }

  async detail(actor: Principal, courseId: string, locale: Locale): Promise<CatalogCourseDetail> {
    const course = await this.dataSource.getRepository(CourseEntity).findOneBy({ id: courseId, status: 'published' });
    if (!course) throw new AppError(404, 'courses.notFound');
    const [[card], descriptionHtml, prerequisites, unmet, modules, lessons, cohorts] = await Promise.all([
      this.cards([course], actor.userId),
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

  private async cards(courses: CourseEntity[], viewerId: string): Promise<CatalogCourse[]> {
    if (courses.length === 0) return [];
    const ids = courses.map((course) => course.id);
    const [trainers, covers, counts, mine, open] = await Promise.all([
      this.views.trainersOf(courses),
      this.files.describeMany(
        courses.map((course) => course.coverFileId),
        viewerId,
      ),
      this.views.lessonCounts(ids),
      this.dataSource
        .getRepository(EnrolmentEntity)
        .createQueryBuilder('e')
        .where('e.userId = :viewerId AND e.courseId IN (:...ids)', { viewerId, ids })
        .andWhere(`e.status IN ('pending', 'active', 'completed')`)
        .getMany(),
      this.dataSource.query(
        `SELECT course_id, count(*)::int AS n FROM cohorts
          WHERE course_id = ANY($1) AND self_enrolment <> 'closed'
            AND now() >= enrol_opens_at AND now() < enrol_closes_at AND now() < ends_at
          GROUP BY course_id`,
        [ids],
      ) as Promise<{ course_id: string; n: number }[]>,
    ]);
    return courses.map((course) => {
      const enrolment = mine.find((e) => e.courseId === course.id);
      return {
        id: course.id,
        title: course.title,
        summary: course.summary,
        category: course.category,
        jp: course.jp,
        language: course.language,
        skkniUnits: course.skkniUnits,
        cover: course.coverFileId ? (covers.get(course.coverFileId) ?? null) : null,
        trainers: trainers.get(course.id) ?? [],
        lessonCount: counts.get(course.id)?.lessons ?? 0,
        estimatedMinutes: counts.get(course.id)?.minutes ?? 0,
        myEnrolment: enrolment ? { id: enrolment.id, status: enrolment.status, cohortId: enrolment.cohortId } : null,
        openCohorts: open.find((row) => row.course_id === course.id)?.n ?? 0,
      };
    });
  }
}
