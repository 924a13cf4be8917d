import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CourseEventsService } from '@bina-pustaka/api-learning';
import { DataSource } from 'typeorm';
import type { ForumEntity } from '../entities/forum.entity';
import { forumsOfCourses } from './forum-rows';

/**
 * One forum per course, made when the course is published (learning tells it), so the
 * course's learners, trainers and coordinators find it from the start and reading never
 * writes. A course published before forums were made this way gets its forum the first
 * time it is read.
 */
@Injectable()
export class CourseForumsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly courses: CourseEventsService,
  ) {}

  onModuleInit(): void {
    this.courses.listen(async ({ courseId }) => {
      await this.insert([courseId]);
    });
  }

  /** The forums of these courses, in the same order. */
  async of(courseIds: string[]): Promise<ForumEntity[]> {
    if (courseIds.length === 0) return [];
    let forums = await forumsOfCourses(this.dataSource, courseIds);
    if (forums.length < courseIds.length) {
      await this.insert(courseIds);
      forums = await forumsOfCourses(this.dataSource, courseIds);
    }
    const byCourse = new Map(forums.map((forum) => [forum.courseId, forum]));
    return courseIds.map((id) => byCourse.get(id) as ForumEntity);
  }

  private async insert(courseIds: string[]): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO forums (kind, course_id) SELECT 'course', unnest($1::uuid[]) ON CONFLICT (course_id) DO NOTHING`,
      [courseIds],
    );
  }
}
