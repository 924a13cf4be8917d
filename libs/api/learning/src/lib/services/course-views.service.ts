import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserDirectoryService } from '@bina-pustaka/api-identity';
import type { CourseDetail, CourseSummary, LessonDetail, StoredFile, UserRef } from '@bina-pustaka/shared-contracts';
import { DataSource, In } from 'typeorm';
import { CourseEntity, CoursePrerequisiteEntity, CourseTrainerEntity } from '../entities/course.entity';
import { CourseModuleEntity, LessonEntity } from '../entities/course-module.entity';
import { FilesService } from './files.service';
import { imageFileIds, resolveImageSources } from '@bina-pustaka/api-platform';

/** Builds what clients see of courses, in batches (no query per row). */
@Injectable()
export class CourseViewsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: UserDirectoryService,
    private readonly files: FilesService,
  ) {}

  /** Author first, then co-trainers, for each course. */
  async trainersOf(courses: CourseEntity[]): Promise<Map<string, UserRef[]>> {
    const ids = courses.map((course) => course.id);
    const coTrainers = ids.length
      ? await this.dataSource.getRepository(CourseTrainerEntity).findBy({ courseId: In(ids) })
      : [];
    const people = await this.directory.byIds([...courses.map((c) => c.ownerId), ...coTrainers.map((t) => t.userId)]);
    const ref = (id: string): UserRef[] => {
      const person = people.get(id);
      return person ? [{ id, fullName: person.fullName }] : [];
    };
    return new Map(
      courses.map((course) => [
        course.id,
        [
          ...ref(course.ownerId),
          ...coTrainers
            .filter((t) => t.courseId === course.id && t.userId !== course.ownerId)
            .flatMap((t) => ref(t.userId)),
        ],
      ]),
    );
  }

  async lessonCounts(courseIds: string[]): Promise<Map<string, { lessons: number; minutes: number }>> {
    if (courseIds.length === 0) return new Map();
    const rows: { course_id: string; lessons: number; minutes: number }[] = await this.dataSource.query(
      `SELECT course_id, count(*)::int AS lessons, coalesce(sum(estimated_minutes), 0)::int AS minutes
         FROM lessons WHERE course_id = ANY($1) GROUP BY course_id`,
      [courseIds],
    );
    return new Map(rows.map((row) => [row.course_id, { lessons: row.lessons, minutes: row.minutes }]));
  }

  async summaries(courses: CourseEntity[], viewerId: string): Promise<CourseSummary[]> {
    const [trainers, counts, covers] = await Promise.all([
      this.trainersOf(courses),
      this.lessonCounts(courses.map((c) => c.id)),
      this.files.describeMany(
        courses.map((c) => c.coverFileId),
        viewerId,
      ),
    ]);
    return courses.map((course) => ({
      id: course.id,
      title: course.title,
      summary: course.summary,
      category: course.category,
      jp: course.jp,
      status: course.status,
      language: course.language,
      skkniUnits: course.skkniUnits,
      cover: course.coverFileId ? (covers.get(course.coverFileId) ?? null) : null,
      trainers: trainers.get(course.id) ?? [],
      lessonCount: counts.get(course.id)?.lessons ?? 0,
      updatedAt: course.updatedAt.toISOString(),
      publishedAt: course.publishedAt?.toISOString() ?? null,
    }));
  }

  /** The full authoring view, with file links signed for the viewer. */
  async detail(course: CourseEntity, viewerId: string): Promise<CourseDetail> {
    const [[summary], modules, lessons, prerequisites, owner] = await Promise.all([
      this.summaries([course], viewerId),
      this.dataSource
        .getRepository(CourseModuleEntity)
        .find({ where: { courseId: course.id }, order: { position: 'ASC' } }),
      this.dataSource.getRepository(LessonEntity).find({ where: { courseId: course.id }, order: { position: 'ASC' } }),
      this.prerequisitesOf(course.id),
      this.directory.byIds([course.ownerId]),
    ]);
    const lessonViews = await this.lessonDetails(lessons, viewerId);
    return {
      ...summary,
      description: course.description,
      descriptionHtml: await this.descriptionHtml(course, viewerId),
      prerequisites,
      completionRules: {
        requiredLessons: true,
        minWebinarAttendancePercent: course.completionRules.minWebinarAttendancePercent ?? null,
      },
      outlineVersion: course.outlineVersion,
      owner: { id: course.ownerId, fullName: owner.get(course.ownerId)?.fullName ?? '' },
      modules: modules.map((module) => ({
        id: module.id,
        title: module.title,
        position: module.position,
        lessons: lessonViews.filter((lesson) => lesson.moduleId === module.id),
      })),
    };
  }

  async prerequisitesOf(courseId: string): Promise<{ id: string; title: string }[]> {
    const links = await this.dataSource.getRepository(CoursePrerequisiteEntity).findBy({ courseId });
    if (links.length === 0) return [];
    const courses = await this.dataSource.getRepository(CourseEntity).find({
      select: { id: true, title: true },
      where: { id: In(links.map((link) => link.requiredCourseId)) },
      order: { title: 'ASC' },
    });
    return courses.map(({ id, title }) => ({ id, title }));
  }

  /** Lessons with their files and images resolved to links for this viewer. */
  async lessonDetails(lessons: LessonEntity[], viewerId: string): Promise<LessonDetail[]> {
    const files = await this.files.describeMany(
      lessons.flatMap((lesson) => [lesson.fileId, lesson.videoFileId, ...imageFileIds(lesson.bodyHtml ?? '')]),
      viewerId,
    );
    const file = (id: string | null): StoredFile | null => (id ? (files.get(id) ?? null) : null);
    return lessons.map((lesson) => ({
      id: lesson.id,
      moduleId: lesson.moduleId,
      title: lesson.title,
      kind: lesson.kind,
      required: lesson.required,
      estimatedMinutes: lesson.estimatedMinutes,
      bodyMarkdown: lesson.bodyMarkdown,
      bodyHtml: lesson.bodyHtml ? resolveImageSources(lesson.bodyHtml, (id) => files.get(id)?.url ?? '') : null,
      videoUrl: lesson.videoUrl,
      videoEmbedUrl: lesson.videoEmbedUrl,
      videoFile: file(lesson.videoFileId),
      videoDurationSeconds: lesson.videoDurationSeconds,
      file: file(lesson.fileId),
      linkUrl: lesson.linkUrl,
    }));
  }

  /** The course description with its images resolved for the viewer. */
  async descriptionHtml(course: CourseEntity, viewerId: string): Promise<string> {
    const files = await this.files.describeMany(imageFileIds(course.descriptionHtml), viewerId);
    return resolveImageSources(course.descriptionHtml, (id) => files.get(id)?.url ?? '');
  }
}
