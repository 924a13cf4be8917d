import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, type Principal, containsPattern, imageFileIds, renderMarkdown } from '@bina-pustaka/api-platform';
import { UserDirectoryService } from '@bina-pustaka/api-identity';
import type {
  CourseCategory,
  CourseDetail,
  CourseStatus,
  CourseSummary,
  Locale,
  Page,
} from '@bina-pustaka/shared-contracts';
import { DataSource, In, type EntityManager } from 'typeorm';
import { CompletionConditionsService } from '../conditions/completion-conditions';
import {
  CourseEntity,
  CoursePrerequisiteEntity,
  CourseTrainerEntity,
  type StoredCompletionRules,
} from '../entities/course.entity';
import { LessonEntity } from '../entities/course-module.entity';
import { CourseAccessService, isStaff } from './course-access.service';
import { CourseEventsService } from './course-events.service';
import { CourseViewsService } from './course-views.service';
import { FilesService } from './files.service';

export interface CourseInput {
  title?: string;
  summary?: string;
  description?: string;
  category?: CourseCategory;
  jp?: number;
  language?: Locale;
  skkniUnits?: string[];
  coverFileId?: string | null;
  trainerIds?: string[];
  prerequisiteIds?: string[];
  completionRules?: StoredCompletionRules;
}

/** Trainers author courses; coordinators and admins may edit any. Draft -> published -> archived. */
@Injectable()
export class CoursesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CourseAccessService,
    private readonly views: CourseViewsService,
    private readonly files: FilesService,
    private readonly directory: UserDirectoryService,
    private readonly conditions: CompletionConditionsService,
    private readonly events: CourseEventsService,
  ) {}

  async list(
    actor: Principal,
    query: { q?: string; status?: CourseStatus; mine?: 'true' | 'false'; page: number; pageSize: number },
  ): Promise<Page<CourseSummary>> {
    const builder = this.dataSource.getRepository(CourseEntity).createQueryBuilder('course');
    if (!isStaff(actor) || query.mine === 'true') {
      builder.andWhere(
        '(course.ownerId = :me OR EXISTS (SELECT 1 FROM course_trainers t WHERE t.course_id = course.id AND t.user_id = :me))',
        { me: actor.userId },
      );
    }
    if (query.status) builder.andWhere('course.status = :status', { status: query.status });
    if (query.q) builder.andWhere('course.title ILIKE :q', { q: containsPattern(query.q) });
    const [courses, total] = await builder
      .orderBy('course.updatedAt', 'DESC')
      .offset((query.page - 1) * query.pageSize)
      .limit(query.pageSize)
      .getManyAndCount();
    return {
      items: await this.views.summaries(courses, actor.userId),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async detail(actor: Principal, courseId: string): Promise<CourseDetail> {
    return this.views.detail(await this.access.editable(actor, courseId), actor.userId);
  }

  async create(
    actor: Principal,
    input: Required<Omit<CourseInput, 'prerequisiteIds' | 'completionRules' | 'coverFileId'>> & {
      coverFileId?: string | null;
    },
  ): Promise<CourseDetail> {
    const id = await this.dataSource.transaction(async (manager) => {
      const course = await manager.getRepository(CourseEntity).save({
        title: input.title,
        summary: input.summary,
        description: input.description,
        descriptionHtml: '',
        category: input.category,
        jp: input.jp,
        language: input.language,
        skkniUnits: input.skkniUnits,
        coverFileId: null,
        status: 'draft',
        ownerId: actor.userId,
        completionRules: { minWebinarAttendancePercent: null },
        outlineVersion: 0,
      });
      await this.apply(
        actor,
        course,
        { description: input.description, coverFileId: input.coverFileId, trainerIds: input.trainerIds },
        manager,
      );
      return course.id;
    });
    return this.detail(actor, id);
  }

  async update(actor: Principal, courseId: string, input: CourseInput): Promise<CourseDetail> {
    await this.dataSource.transaction(async (manager) => {
      const course = await this.access.changeable(actor, courseId, manager);
      await this.apply(actor, course, input, manager);
    });
    return this.detail(actor, courseId);
  }

  async publish(actor: Principal, courseId: string): Promise<CourseDetail> {
    await this.dataSource.transaction(async (manager) => {
      const course = await this.access.editable(actor, courseId, manager, true);
      if (course.status !== 'draft')
        throw new AppError(409, course.status === 'archived' ? 'courses.archived' : 'courses.alreadyPublished');
      if (!(await manager.getRepository(LessonEntity).existsBy({ courseId })))
        throw new AppError(409, 'courses.noLessons');
      await manager.getRepository(CourseEntity).update(courseId, { status: 'published', publishedAt: new Date() });
    });
    await this.events.emit({ courseId });
    return this.detail(actor, courseId);
  }

  /** Archived: out of the catalog, no new cohorts; history, progress and JP stay. */
  async archive(actor: Principal, courseId: string): Promise<CourseDetail> {
    await this.dataSource.transaction(async (manager) => {
      const course = await this.access.editable(actor, courseId, manager, true);
      if (course.status !== 'published') throw new AppError(409, 'courses.notPublished');
      await manager.getRepository(CourseEntity).update(courseId, { status: 'archived', archivedAt: new Date() });
    });
    return this.detail(actor, courseId);
  }

  private async apply(
    actor: Principal,
    course: CourseEntity,
    input: CourseInput,
    manager: EntityManager,
  ): Promise<void> {
    const changes: Partial<CourseEntity> = {};
    for (const key of ['title', 'summary', 'category', 'jp', 'language', 'skkniUnits'] as const) {
      if (input[key] !== undefined) Object.assign(changes, { [key]: input[key] });
    }
    if (input.description !== undefined) {
      changes.description = input.description;
      changes.descriptionHtml = renderMarkdown(input.description);
      for (const imageId of imageFileIds(changes.descriptionHtml))
        await this.files.assertAttachable(actor, imageId, ['lesson-image', 'course-cover']);
    }
    if (input.coverFileId !== undefined) {
      changes.coverFileId = input.coverFileId
        ? (await this.files.assertAttachable(actor, input.coverFileId, ['course-cover'])).id
        : null;
    }
    if (input.completionRules !== undefined) {
      if (
        input.completionRules.minWebinarAttendancePercent !== null &&
        !this.conditions.isAvailable('webinar-attendance')
      ) {
        throw new AppError(422, 'courses.conditionUnavailable');
      }
      changes.completionRules = input.completionRules;
    }
    if (Object.keys(changes).length > 0) await manager.getRepository(CourseEntity).update(course.id, changes);
    if (input.trainerIds !== undefined) await this.setTrainers(course, input.trainerIds, manager);
    if (input.prerequisiteIds !== undefined) await this.setPrerequisites(course.id, input.prerequisiteIds, manager);
  }

  private async setTrainers(course: CourseEntity, trainerIds: string[], manager: EntityManager): Promise<void> {
    const ids = [...new Set(trainerIds)].filter((id) => id !== course.ownerId);
    const people = await this.directory.byIds(ids);
    for (const id of ids) {
      const person = people.get(id);
      if (!person) throw new AppError(422, 'courses.unknownUser');
      if (!person.roles.includes('trainer')) throw new AppError(422, 'courses.notTrainer', { name: person.fullName });
    }
    const trainers = manager.getRepository(CourseTrainerEntity);
    await trainers.delete({ courseId: course.id });
    if (ids.length > 0) await trainers.insert(ids.map((userId) => ({ courseId: course.id, userId })));
  }

  private async setPrerequisites(courseId: string, requiredIds: string[], manager: EntityManager): Promise<void> {
    const ids = [...new Set(requiredIds)];
    if (ids.includes(courseId)) throw new AppError(422, 'courses.prerequisiteCycle');
    if (ids.length > 0 && (await manager.getRepository(CourseEntity).countBy({ id: In(ids) })) !== ids.length) {
      throw new AppError(422, 'courses.prerequisiteNotFound');
    }
    const links = manager.getRepository(CoursePrerequisiteEntity);
    await links.delete({ courseId });
    if (ids.length === 0) return;
    await links.insert(ids.map((requiredCourseId) => ({ courseId, requiredCourseId })));
    // A loop would make every course in it impossible to start: follow the chain back.
    const [loop] = await manager.query(
      `WITH RECURSIVE chain(id) AS (
         SELECT required_course_id FROM course_prerequisites WHERE course_id = $1
         UNION
         SELECT p.required_course_id FROM course_prerequisites p JOIN chain ON p.course_id = chain.id
       ) SELECT EXISTS (SELECT 1 FROM chain WHERE id = $1) AS found`,
      [courseId],
    );
    if (loop.found) throw new AppError(422, 'courses.prerequisiteCycle');
  }
}
