import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, type Principal, imageFileIds, renderMarkdown } from '@bina-pustaka/api-platform';
import type { CourseDetail, LessonKind } from '@bina-pustaka/shared-contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { CourseEntity } from '../entities/course.entity';
import { CourseModuleEntity, LessonEntity } from '../entities/course-module.entity';
import { CourseAccessService } from './course-access.service';
import { CourseViewsService } from './course-views.service';
import { FilesService } from './files.service';
import { videoEmbedUrl } from './video-embed';

export interface LessonContent {
  title?: string;
  required?: boolean;
  estimatedMinutes?: number;
  bodyMarkdown?: string | null;
  videoUrl?: string | null;
  videoFileId?: string | null;
  videoDurationSeconds?: number | null;
  fileId?: string | null;
  linkUrl?: string | null;
}

export interface OutlineOrder {
  outlineVersion: number;
  modules: { id: string; lessonIds: string[] }[];
}

/**
 * Modules and lessons of a course. Every change locks the course row and bumps its
 * outline version, so a reorder made on a stale view is refused instead of scrambling.
 */
@Injectable()
export class OutlineService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CourseAccessService,
    private readonly views: CourseViewsService,
    private readonly files: FilesService,
  ) {}

  async addModule(actor: Principal, courseId: string, title: string): Promise<CourseDetail> {
    return this.change(actor, courseId, async (manager) => {
      const modules = manager.getRepository(CourseModuleEntity);
      const position = (await modules.countBy({ courseId })) ?? 0;
      await modules.insert({ courseId, title, position });
    });
  }

  async renameModule(actor: Principal, moduleId: string, title: string): Promise<CourseDetail> {
    const module = await this.findModule(moduleId);
    return this.change(
      actor,
      module.courseId,
      (manager) =>
        manager
          .getRepository(CourseModuleEntity)
          .update(moduleId, { title })
          .then(() => undefined),
      false,
    );
  }

  async deleteModule(actor: Principal, moduleId: string): Promise<CourseDetail> {
    const module = await this.findModule(moduleId);
    return this.change(actor, module.courseId, async (manager) => {
      const lessonIds = (
        await manager.getRepository(LessonEntity).find({ select: { id: true }, where: { moduleId } })
      ).map((l) => l.id);
      await this.assertNoProgress(manager, lessonIds);
      await manager.getRepository(CourseModuleEntity).delete(moduleId);
      await this.renumberModules(manager, module.courseId);
    });
  }

  async addLesson(
    actor: Principal,
    moduleId: string,
    input: LessonContent & { kind: LessonKind; title: string },
  ): Promise<CourseDetail> {
    const module = await this.findModule(moduleId);
    return this.change(actor, module.courseId, async (manager) => {
      const lessons = manager.getRepository(LessonEntity);
      const position = await lessons.countBy({ moduleId });
      const content = await this.content(actor, input.kind, input);
      await lessons.insert({
        courseId: module.courseId,
        moduleId,
        kind: input.kind,
        title: input.title,
        required: input.required ?? true,
        estimatedMinutes: input.estimatedMinutes ?? 10,
        position,
        ...content,
      });
    });
  }

  async updateLesson(actor: Principal, lessonId: string, input: LessonContent): Promise<CourseDetail> {
    const lesson = await this.findLesson(lessonId);
    return this.change(
      actor,
      lesson.courseId,
      async (manager) => {
        const content = await this.content(actor, lesson.kind, { ...lesson, ...input }, lesson);
        await manager.getRepository(LessonEntity).update(lessonId, {
          ...(input.title !== undefined ? { title: input.title } : {}),
          ...(input.required !== undefined ? { required: input.required } : {}),
          ...(input.estimatedMinutes !== undefined ? { estimatedMinutes: input.estimatedMinutes } : {}),
          ...content,
        });
      },
      false,
    );
  }

  async deleteLesson(actor: Principal, lessonId: string): Promise<CourseDetail> {
    const lesson = await this.findLesson(lessonId);
    return this.change(actor, lesson.courseId, async (manager) => {
      await this.assertNoProgress(manager, [lessonId]);
      await manager.getRepository(LessonEntity).delete(lessonId);
      await this.renumberLessons(manager, lesson.moduleId);
    });
  }

  /** Applies the complete order the trainer arranged (lessons may change module). */
  async reorder(actor: Principal, courseId: string, order: OutlineOrder): Promise<CourseDetail> {
    return this.change(actor, courseId, async (manager, course) => {
      if (order.outlineVersion !== course.outlineVersion) throw new AppError(409, 'outline.stale');
      const modules = await manager
        .getRepository(CourseModuleEntity)
        .find({ select: { id: true }, where: { courseId } });
      const lessons = await manager.getRepository(LessonEntity).find({ select: { id: true }, where: { courseId } });
      const sameSet = (actual: { id: string }[], given: string[]) =>
        given.length === actual.length &&
        new Set(given).size === given.length &&
        actual.every(({ id }) => given.includes(id));
      if (
        !sameSet(
          modules,
          order.modules.map((m) => m.id),
        ) ||
        !sameSet(
          lessons,
          order.modules.flatMap((m) => m.lessonIds),
        )
      ) {
        throw new AppError(409, 'outline.mismatch');
      }
      // Unique positions are checked at commit (deferred), so swapping is fine here.
      for (const [moduleIndex, module] of order.modules.entries()) {
        await manager.getRepository(CourseModuleEntity).update(module.id, { position: moduleIndex });
        for (const [lessonIndex, lessonId] of module.lessonIds.entries()) {
          await manager.getRepository(LessonEntity).update(lessonId, { moduleId: module.id, position: lessonIndex });
        }
      }
    });
  }

  /** Runs a change under the course lock, bumps the outline version, answers the new detail. */
  private async change(
    actor: Principal,
    courseId: string,
    work: (manager: EntityManager, course: CourseEntity) => Promise<void>,
    structural = true,
  ): Promise<CourseDetail> {
    await this.dataSource.transaction(async (manager) => {
      const course = await this.access.changeable(actor, courseId, manager);
      await work(manager, course);
      if (structural) await manager.getRepository(CourseEntity).increment({ id: courseId }, 'outlineVersion', 1);
      await manager.getRepository(CourseEntity).update(courseId, { updatedAt: new Date() });
    });
    const course = await this.dataSource.getRepository(CourseEntity).findOneByOrFail({ id: courseId });
    return this.views.detail(course, actor.userId);
  }

  /**
   * The stored fields of a lesson's content for its kind (others cleared). Files it points
   * to must be usable by this person, unless the lesson already had them.
   */
  private async content(
    actor: Principal,
    kind: LessonKind,
    input: LessonContent,
    current?: LessonEntity,
  ): Promise<Partial<LessonEntity>> {
    const usable = async (
      fileId: string,
      purpose: 'lesson-image' | 'lesson-video' | 'lesson-file',
      kept: (string | null)[],
    ) => {
      if (!kept.includes(fileId)) await this.files.assertAttachable(actor, fileId, [purpose]);
    };
    const none = {
      bodyMarkdown: null,
      bodyHtml: null,
      videoUrl: null,
      videoEmbedUrl: null,
      videoFileId: null,
      videoDurationSeconds: null,
      fileId: null,
      linkUrl: null,
    };
    const missing = (field: string) => {
      throw new AppError(400, 'validation.lessonContentMissing', { field });
    };
    switch (kind) {
      case 'text': {
        const source = input.bodyMarkdown?.trim() ? input.bodyMarkdown : missing('bodyMarkdown');
        const bodyHtml = renderMarkdown(source as string);
        const keptImages = imageFileIds(current?.bodyHtml ?? '');
        for (const imageId of imageFileIds(bodyHtml)) await usable(imageId, 'lesson-image', keptImages);
        return { ...none, bodyMarkdown: source as string, bodyHtml };
      }
      case 'video': {
        if (input.videoFileId) {
          await usable(input.videoFileId, 'lesson-video', [current?.videoFileId ?? null]);
          return { ...none, videoFileId: input.videoFileId, videoDurationSeconds: input.videoDurationSeconds ?? null };
        }
        if (!input.videoUrl) missing('videoUrl');
        const embed = videoEmbedUrl(input.videoUrl as string);
        if (!embed) throw new AppError(400, 'validation.videoProvider');
        return {
          ...none,
          videoUrl: input.videoUrl as string,
          videoEmbedUrl: embed,
          videoDurationSeconds: input.videoDurationSeconds ?? null,
        };
      }
      case 'file': {
        if (!input.fileId) missing('fileId');
        await usable(input.fileId as string, 'lesson-file', [current?.fileId ?? null]);
        return { ...none, fileId: input.fileId as string };
      }
      case 'link':
        if (!input.linkUrl) missing('linkUrl');
        return { ...none, linkUrl: input.linkUrl as string };
    }
  }

  private async assertNoProgress(manager: EntityManager, lessonIds: string[]): Promise<void> {
    if (lessonIds.length === 0) return;
    const [row] = await manager.query(
      `SELECT EXISTS (SELECT 1 FROM lesson_progress WHERE lesson_id = ANY($1)) AS found`,
      [lessonIds],
    );
    if (row.found) throw new AppError(409, 'outline.hasProgress');
  }

  private async renumberModules(manager: EntityManager, courseId: string): Promise<void> {
    await manager.query(
      `UPDATE course_modules m SET position = r.n - 1
         FROM (SELECT id, row_number() OVER (ORDER BY position) AS n FROM course_modules WHERE course_id = $1) r
        WHERE m.id = r.id`,
      [courseId],
    );
  }

  private async renumberLessons(manager: EntityManager, moduleId: string): Promise<void> {
    await manager.query(
      `UPDATE lessons l SET position = r.n - 1
         FROM (SELECT id, row_number() OVER (ORDER BY position) AS n FROM lessons WHERE module_id = $1) r
        WHERE l.id = r.id`,
      [moduleId],
    );
  }

  private async findModule(moduleId: string): Promise<CourseModuleEntity> {
    const module = await this.dataSource.getRepository(CourseModuleEntity).findOneBy({ id: moduleId });
    if (!module) throw new AppError(404, 'outline.moduleNotFound');
    return module;
  }

  private async findLesson(lessonId: string): Promise<LessonEntity> {
    const lesson = await this.dataSource.getRepository(LessonEntity).findOneBy({ id: lessonId });
    if (!lesson) throw new AppError(404, 'outline.lessonNotFound');
    return lesson;
  }
}
