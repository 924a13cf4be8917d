import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, type Principal } from '@bina-pustaka/api-platform';
import { DataSource, type EntityManager } from 'typeorm';
import { CourseEntity, CourseTrainerEntity } from '../entities/course.entity';

export const isStaff = (actor: Principal) => actor.roles.includes('admin') || actor.roles.includes('coordinator');

/** Who may change a course: its author, its co-trainers, coordinators and admins. */
@Injectable()
export class CourseAccessService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async isEditor(
    actor: Principal,
    course: CourseEntity,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    if (isStaff(actor) || course.ownerId === actor.userId) return true;
    return manager.getRepository(CourseTrainerEntity).existsBy({ courseId: course.id, userId: actor.userId });
  }

  /** The course, if this person may edit it; with `lock`, its row is locked for the transaction. */
  async editable(
    actor: Principal,
    courseId: string,
    manager: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<CourseEntity> {
    const course = await manager
      .getRepository(CourseEntity)
      .findOne({ where: { id: courseId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!course) throw new AppError(404, 'courses.notFound');
    if (!(await this.isEditor(actor, course, manager))) throw new AppError(403, 'courses.notEditable');
    return course;
  }

  /** Like editable, for changes that an archived course no longer takes. */
  async changeable(actor: Principal, courseId: string, manager: EntityManager): Promise<CourseEntity> {
    const course = await this.editable(actor, courseId, manager, true);
    if (course.status === 'archived') throw new AppError(409, 'courses.archived');
    return course;
  }
}
