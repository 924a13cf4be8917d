import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, type Principal } from '@bina-pustaka/api-platform';
import { UserDirectoryService } from '@bina-pustaka/api-identity';
import type { CohortSummary, Page, SelfEnrolmentMode } from '@bina-pustaka/shared-contracts';
import { DataSource, In, type EntityManager } from 'typeorm';
import { CohortEntity, CohortTrainerEntity } from '../entities/cohort.entity';
import { CourseEntity } from '../entities/course.entity';
import { CourseAccessService, isStaff } from './course-access.service';

export interface CohortInput {
  name?: string;
  enrolOpensAt?: string;
  enrolClosesAt?: string;
  startsAt?: string;
  endsAt?: string;
  capacity?: number | null;
  selfEnrolment?: SelfEnrolmentMode;
  trainerIds?: string[];
}

/** Angkatan: coordinators open and change them; the course's trainers may look. */
@Injectable()
export class CohortsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CourseAccessService,
    private readonly directory: UserDirectoryService,
  ) {}

  async list(
    actor: Principal,
    query: { courseId?: string; page: number; pageSize: number },
  ): Promise<Page<CohortSummary>> {
    const builder = this.dataSource.getRepository(CohortEntity).createQueryBuilder('cohort');
    if (query.courseId) builder.andWhere('cohort.courseId = :courseId', { courseId: query.courseId });
    if (!isStaff(actor)) {
      builder.andWhere(
        `(EXISTS (SELECT 1 FROM courses c WHERE c.id = cohort.course_id AND c.owner_id = :me)
          OR EXISTS (SELECT 1 FROM course_trainers t WHERE t.course_id = cohort.course_id AND t.user_id = :me)
          OR EXISTS (SELECT 1 FROM cohort_trainers ct WHERE ct.cohort_id = cohort.id AND ct.user_id = :me))`,
        { me: actor.userId },
      );
    }
    const [cohorts, total] = await builder
      .orderBy('cohort.startsAt', 'DESC')
      .offset((query.page - 1) * query.pageSize)
      .limit(query.pageSize)
      .getManyAndCount();
    return { items: await this.summaries(cohorts), total, page: query.page, pageSize: query.pageSize };
  }

  async get(actor: Principal, cohortId: string): Promise<CohortSummary> {
    const cohort = await this.viewable(actor, cohortId);
    return (await this.summaries([cohort]))[0];
  }

  async create(actor: Principal, courseId: string, input: Required<CohortInput>): Promise<CohortSummary> {
    const id = await this.dataSource.transaction(async (manager) => {
      const course = await manager.getRepository(CourseEntity).findOneBy({ id: courseId });
      if (!course) throw new AppError(404, 'courses.notFound');
      if (course.status !== 'published') throw new AppError(409, 'cohorts.courseNotPublished');
      const cohort = await manager.getRepository(CohortEntity).save({
        courseId,
        name: input.name,
        enrolOpensAt: new Date(input.enrolOpensAt),
        enrolClosesAt: new Date(input.enrolClosesAt),
        startsAt: new Date(input.startsAt),
        endsAt: new Date(input.endsAt),
        capacity: input.capacity,
        selfEnrolment: input.selfEnrolment,
        createdById: actor.userId,
      });
      await this.setTrainers(manager, cohort.id, input.trainerIds);
      return cohort.id;
    });
    return this.get(actor, id);
  }

  async update(actor: Principal, cohortId: string, input: CohortInput): Promise<CohortSummary> {
    await this.dataSource.transaction(async (manager) => {
      const cohort = await manager
        .getRepository(CohortEntity)
        .findOne({ where: { id: cohortId }, lock: { mode: 'pessimistic_write' } });
      if (!cohort) throw new AppError(404, 'cohorts.notFound');
      const next = {
        name: input.name ?? cohort.name,
        enrolOpensAt: input.enrolOpensAt ? new Date(input.enrolOpensAt) : cohort.enrolOpensAt,
        enrolClosesAt: input.enrolClosesAt ? new Date(input.enrolClosesAt) : cohort.enrolClosesAt,
        startsAt: input.startsAt ? new Date(input.startsAt) : cohort.startsAt,
        endsAt: input.endsAt ? new Date(input.endsAt) : cohort.endsAt,
        capacity: input.capacity === undefined ? cohort.capacity : input.capacity,
        selfEnrolment: input.selfEnrolment ?? cohort.selfEnrolment,
      };
      if (next.enrolClosesAt <= next.enrolOpensAt) throw new AppError(400, 'validation.enrolWindowOrder');
      if (next.endsAt <= next.startsAt) throw new AppError(400, 'validation.cohortDatesOrder');
      if (next.capacity !== null) {
        const enrolled = await this.liveCount(manager, cohortId);
        if (next.capacity < enrolled) throw new AppError(409, 'cohorts.capacityBelowEnrolled', { enrolled });
      }
      await manager.getRepository(CohortEntity).update(cohortId, next);
      if (input.trainerIds) await this.setTrainers(manager, cohortId, input.trainerIds);
    });
    return this.get(actor, cohortId);
  }

  /** Staff, the course's editors and the cohort's own trainers may look at a cohort. */
  async viewable(actor: Principal, cohortId: string): Promise<CohortEntity> {
    const cohort = await this.dataSource.getRepository(CohortEntity).findOneBy({ id: cohortId });
    if (!cohort) throw new AppError(404, 'cohorts.notFound');
    if (isStaff(actor)) return cohort;
    const course = await this.dataSource.getRepository(CourseEntity).findOneByOrFail({ id: cohort.courseId });
    const cohortTrainer = await this.dataSource
      .getRepository(CohortTrainerEntity)
      .existsBy({ cohortId, userId: actor.userId });
    if (!cohortTrainer && !(await this.access.isEditor(actor, course))) throw new AppError(403, 'courses.notEditable');
    return cohort;
  }

  async liveCount(manager: EntityManager, cohortId: string): Promise<number> {
    const [row] = await manager.query(
      `SELECT count(*)::int AS n FROM enrolments WHERE cohort_id = $1 AND status IN ('pending', 'active', 'completed')`,
      [cohortId],
    );
    return Number(row.n);
  }

  async summaries(cohorts: CohortEntity[]): Promise<CohortSummary[]> {
    if (cohorts.length === 0) return [];
    const ids = cohorts.map((cohort) => cohort.id);
    const [courses, trainers, counts] = await Promise.all([
      this.dataSource
        .getRepository(CourseEntity)
        .find({ select: { id: true, title: true }, where: { id: In(cohorts.map((c) => c.courseId)) } }),
      this.dataSource.getRepository(CohortTrainerEntity).findBy({ cohortId: In(ids) }),
      this.dataSource.query(
        `SELECT cohort_id,
                count(*) FILTER (WHERE status IN ('pending', 'active', 'completed'))::int AS enrolled,
                count(*) FILTER (WHERE status = 'pending')::int AS pending
           FROM enrolments WHERE cohort_id = ANY($1) GROUP BY cohort_id`,
        [ids],
      ) as Promise<{ cohort_id: string; enrolled: number; pending: number }[]>,
    ]);
    const people = await this.directory.byIds(trainers.map((t) => t.userId));
    return cohorts.map((cohort) => {
      const count = counts.find((row) => row.cohort_id === cohort.id);
      return {
        id: cohort.id,
        courseId: cohort.courseId,
        courseTitle: courses.find((course) => course.id === cohort.courseId)?.title ?? '',
        name: cohort.name,
        enrolOpensAt: cohort.enrolOpensAt.toISOString(),
        enrolClosesAt: cohort.enrolClosesAt.toISOString(),
        startsAt: cohort.startsAt.toISOString(),
        endsAt: cohort.endsAt.toISOString(),
        capacity: cohort.capacity,
        selfEnrolment: cohort.selfEnrolment,
        trainers: trainers
          .filter((t) => t.cohortId === cohort.id)
          .flatMap((t) => {
            const person = people.get(t.userId);
            return person ? [{ id: person.id, fullName: person.fullName }] : [];
          }),
        enrolledCount: count?.enrolled ?? 0,
        pendingCount: count?.pending ?? 0,
      };
    });
  }

  private async setTrainers(manager: EntityManager, cohortId: string, trainerIds: string[]): Promise<void> {
    const ids = [...new Set(trainerIds)];
    const people = await this.directory.byIds(ids);
    for (const id of ids) {
      const person = people.get(id);
      if (!person) throw new AppError(422, 'courses.unknownUser');
      if (!person.roles.includes('trainer')) throw new AppError(422, 'courses.notTrainer', { name: person.fullName });
    }
    await manager.getRepository(CohortTrainerEntity).delete({ cohortId });
    if (ids.length > 0)
      await manager.getRepository(CohortTrainerEntity).insert(ids.map((userId) => ({ cohortId, userId })));
  }
}
