import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, isUniqueViolation, translate, type Principal } from '@bina-pustaka/api-platform';
import { UserDirectoryService, type DirectoryUser } from '@bina-pustaka/api-identity';
import type {
  EnrolmentReport,
  EnrolmentRowResult,
  EnrolmentStatus,
  EnrolmentSummary,
  Locale,
  Page,
} from '@bina-pustaka/shared-contracts';
import { emailSchema } from '@bina-pustaka/shared-contracts/schemas';
import { formatDateTime } from '@bina-pustaka/shared-util';
import { parse } from 'csv-parse/sync';
import { DataSource, In, type EntityManager } from 'typeorm';
import { CohortEntity, EnrolmentEntity } from '../entities/cohort.entity';
import { CourseEntity } from '../entities/course.entity';
import { CohortsService } from './cohorts.service';
import { EnrolmentEventsService } from './enrolment-events.service';
import { liveEnrolmentCohorts, progressPercents, unmetPrerequisites } from './enrolment-rules';

const MAX_CSV_ROWS = 2_000;

const titles = (courses: { title: string }[] = []) => courses.map((course) => course.title).join(', ');

interface RequestedRow {
  row: number;
  email: string | null;
  userId: string | null;
  nip: string | null;
}

@Injectable()
export class EnrolmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cohorts: CohortsService,
    private readonly directory: UserDirectoryService,
    private readonly events: EnrolmentEventsService,
  ) {}

  /** Coordinator picks people: all of them are enrolled, or none (with the reasons). */
  async enrolUsers(actor: Principal, cohortId: string, userIds: string[], locale: Locale): Promise<EnrolmentReport> {
    return this.enrolRows(
      actor,
      cohortId,
      userIds.map((userId, index) => ({ row: index + 1, email: null, userId, nip: null })),
      locale,
    );
  }

  /** A CSV list (header row with "email", optional "nip"): all rows are enrolled, or none. */
  async importCsv(actor: Principal, cohortId: string, csv: string, locale: Locale): Promise<EnrolmentReport> {
    let records: Record<string, string>[];
    try {
      records = parse(csv, {
        bom: true,
        columns: (header: string[]) => header.map((name) => name.trim().toLowerCase()),
        skip_empty_lines: true,
        trim: true,
        relax_column_count: true,
        delimiter: csv.split('\n')[0].includes(';') && !csv.split('\n')[0].includes(',') ? ';' : ',',
      });
    } catch (error) {
      throw new AppError(400, 'enrolments.csvInvalid', { reason: (error as Error).message });
    }
    if (records.length === 0) throw new AppError(400, 'enrolments.csvEmpty');
    if (!('email' in records[0])) throw new AppError(400, 'enrolments.csvNoEmail');
    if (records.length > MAX_CSV_ROWS) throw new AppError(400, 'enrolments.csvTooMany', { max: MAX_CSV_ROWS });
    return this.enrolRows(
      actor,
      cohortId,
      // Line numbers as a spreadsheet shows them: the header is line 1.
      records.map((record, index) => ({
        row: index + 2,
        email: record['email'] || null,
        userId: null,
        nip: record['nip'] || null,
      })),
      locale,
    );
  }

  private async enrolRows(
    actor: Principal,
    cohortId: string,
    requested: RequestedRow[],
    locale: Locale,
  ): Promise<EnrolmentReport> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const cohort = await this.lockCohort(manager, cohortId);
        if (cohort.endsAt <= new Date()) throw new AppError(409, 'enrolments.cohortEnded');
        const users = await this.resolveUsers(requested);
        const rows: (EnrolmentRowResult & { user?: DirectoryUser })[] = [];
        const seen = new Set<string>();
        const found = requested.map((request) => users.get(request.userId ?? request.email ?? ''));
        const foundIds = found.filter((user): user is DirectoryUser => !!user).map((user) => user.id);
        const [live, prerequisites] = await Promise.all([
          liveEnrolmentCohorts(manager, cohort.courseId, foundIds),
          unmetPrerequisites(manager, cohort.courseId, foundIds),
        ]);
        for (const [index, request] of requested.entries()) {
          const user = found[index];
          const reject = (key: string, params: Record<string, string> = {}) =>
            rows.push({
              row: request.row,
              email: request.email ?? user?.email ?? null,
              userId: user?.id ?? request.userId,
              status: 'rejected',
              reason: translate(locale, key, params),
            });
          if (request.userId === null && !request.email) reject('enrolments.rowNoEmail');
          else if (request.userId === null && !emailSchema.safeParse(request.email).success)
            reject('enrolments.rowBadEmail');
          else if (!user) reject('enrolments.rowUnknownUser');
          else if (user.status !== 'active') reject('enrolments.rowDisabled');
          else if (seen.has(user.id)) reject('enrolments.rowDuplicate');
          else if (request.nip && request.nip !== user.nip) reject('enrolments.rowNipMismatch');
          else if (live.has(user.id)) reject('enrolments.rowAlreadyEnrolled', { cohort: live.get(user.id) as string });
          else if (prerequisites.has(user.id))
            reject('enrolments.rowPrerequisite', { titles: titles(prerequisites.get(user.id)) });
          else
            rows.push({ row: request.row, email: user.email, userId: user.id, status: 'enrolled', reason: null, user });
          if (user) seen.add(user.id);
        }
        // Seats go to rows in list order; the rest are refused.
        if (cohort.capacity !== null) {
          let seatsLeft = cohort.capacity - (await this.cohorts.liveCount(manager, cohortId));
          for (const row of rows) {
            if (row.status !== 'enrolled') continue;
            if (seatsLeft > 0) seatsLeft -= 1;
            else Object.assign(row, { status: 'rejected', reason: translate(locale, 'enrolments.rowCapacity') });
          }
        }
        const report = this.report(rows, locale);
        if (!report.committed) return report;
        await manager.getRepository(EnrolmentEntity).insert(
          rows.map((row) => ({
            cohortId,
            courseId: cohort.courseId,
            userId: row.userId as string,
            status: 'active' as const,
            enrolledAt: new Date(),
            decidedById: actor.userId,
          })),
        );
        return report;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_enrolments_one_live_per_course'))
        throw new AppError(409, 'enrolments.alreadyEnrolled');
      throw error;
    }
  }

  /** A learner joins a cohort that allows it (straight in, or waiting for approval). */
  async selfEnrol(actor: Principal, cohortId: string, locale: Locale): Promise<EnrolmentSummary> {
    try {
      const id = await this.dataSource.transaction(async (manager) => {
        const cohort = await this.lockCohort(manager, cohortId);
        const reason = await this.cannotSelfEnrol(manager, cohort, actor.userId, locale);
        if (reason) throw reason;
        const enrolment = await manager.getRepository(EnrolmentEntity).save({
          cohortId,
          courseId: cohort.courseId,
          userId: actor.userId,
          status: cohort.selfEnrolment === 'approval' ? ('pending' as const) : ('active' as const),
          enrolledAt: new Date(),
          endsAt: null,
          decidedById: null,
          completedAt: null,
        });
        return enrolment.id;
      });
      return this.summary(id);
    } catch (error) {
      if (isUniqueViolation(error, 'uq_enrolments_one_live_per_course'))
        throw new AppError(409, 'enrolments.alreadyEnrolled');
      throw error;
    }
  }

  /** Why this person cannot enrol themselves in the cohort now (null when they can). */
  async cannotSelfEnrol(
    manager: EntityManager,
    cohort: CohortEntity,
    userId: string,
    locale: Locale,
  ): Promise<AppError | null> {
    const now = new Date();
    const course = await manager.getRepository(CourseEntity).findOneByOrFail({ id: cohort.courseId });
    if (course.status !== 'published') return new AppError(409, 'learn.notAvailable');
    if (cohort.selfEnrolment === 'closed') return new AppError(403, 'enrolments.selfClosed');
    if (now < cohort.enrolOpensAt)
      return new AppError(409, 'enrolments.windowNotOpen', { date: formatDateTime(cohort.enrolOpensAt, locale) });
    if (now >= cohort.enrolClosesAt || now >= cohort.endsAt) return new AppError(409, 'enrolments.windowClosed');
    if ((await liveEnrolmentCohorts(manager, cohort.courseId, [userId])).has(userId))
      return new AppError(409, 'enrolments.alreadyEnrolled');
    const missing = (await unmetPrerequisites(manager, cohort.courseId, [userId])).get(userId);
    if (missing) return new AppError(409, 'enrolments.prerequisites', { titles: titles(missing) });
    if (cohort.capacity !== null && (await this.cohorts.liveCount(manager, cohort.id)) >= cohort.capacity) {
      return new AppError(409, 'enrolments.full');
    }
    return null;
  }

  async decide(actor: Principal, enrolmentId: string, decision: 'approve' | 'reject'): Promise<EnrolmentSummary> {
    return this.transition(enrolmentId, ['pending'], 'enrolments.notPending', async (manager, enrolment) => {
      await manager
        .getRepository(EnrolmentEntity)
        .update(enrolment.id, { status: decision === 'approve' ? 'active' : 'rejected', decidedById: actor.userId });
    });
  }

  async withdraw(actor: Principal, enrolmentId: string): Promise<EnrolmentSummary> {
    return this.transition(
      enrolmentId,
      ['pending', 'active'],
      'enrolments.notLive',
      async (manager, enrolment) => {
        await manager
          .getRepository(EnrolmentEntity)
          .update(enrolment.id, { status: 'withdrawn', decidedById: actor.userId });
      },
      'leaves',
    );
  }

  /** To another cohort of the same course, if it has room and has not ended. */
  async move(actor: Principal, enrolmentId: string, targetCohortId: string): Promise<EnrolmentSummary> {
    return this.transition(
      enrolmentId,
      ['pending', 'active'],
      'enrolments.notLive',
      async (manager, enrolment) => {
        if (targetCohortId === enrolment.cohortId) throw new AppError(409, 'enrolments.sameCohort');
        const target = await this.lockCohort(manager, targetCohortId);
        if (target.courseId !== enrolment.courseId) throw new AppError(422, 'enrolments.sameCourseOnly');
        if (target.endsAt <= new Date()) throw new AppError(409, 'enrolments.cohortEnded');
        if (target.capacity !== null && (await this.cohorts.liveCount(manager, target.id)) >= target.capacity) {
          throw new AppError(409, 'enrolments.full');
        }
        await manager
          .getRepository(EnrolmentEntity)
          .update(enrolment.id, { cohortId: target.id, endsAt: null, decidedById: actor.userId });
      },
      'leaves',
    );
  }

  /** A learner's own end date, later than the cohort's (or earlier, but not before it starts). */
  async extend(actor: Principal, enrolmentId: string, endsAt: string): Promise<EnrolmentSummary> {
    return this.transition(enrolmentId, ['pending', 'active'], 'enrolments.notLive', async (manager, enrolment) => {
      const cohort = await manager.getRepository(CohortEntity).findOneByOrFail({ id: enrolment.cohortId });
      const end = new Date(endsAt);
      if (end <= cohort.startsAt) throw new AppError(422, 'enrolments.endBeforeStart');
      await manager.getRepository(EnrolmentEntity).update(enrolment.id, { endsAt: end, decidedById: actor.userId });
    });
  }

  async list(
    actor: Principal,
    cohortId: string,
    query: { status?: EnrolmentStatus; q?: string; page: number; pageSize: number },
  ): Promise<Page<EnrolmentSummary>> {
    await this.cohorts.viewable(actor, cohortId);
    const where: Record<string, unknown> = { cohortId };
    if (query.status) where['status'] = query.status;
    if (query.q) where['userId'] = In(await this.directory.searchIds(query.q));
    const [enrolments, total] = await this.dataSource.getRepository(EnrolmentEntity).findAndCount({
      where,
      order: { enrolledAt: 'ASC', id: 'ASC' },
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    });
    return { items: await this.summaries(enrolments), total, page: query.page, pageSize: query.pageSize };
  }

  async summary(enrolmentId: string): Promise<EnrolmentSummary> {
    const enrolment = await this.dataSource.getRepository(EnrolmentEntity).findOneByOrFail({ id: enrolmentId });
    return (await this.summaries([enrolment]))[0];
  }

  async summaries(enrolments: EnrolmentEntity[]): Promise<EnrolmentSummary[]> {
    if (enrolments.length === 0) return [];
    const [people, cohorts, progress] = await Promise.all([
      this.directory.byIds(enrolments.map((e) => e.userId)),
      this.dataSource.getRepository(CohortEntity).findBy({ id: In(enrolments.map((e) => e.cohortId)) }),
      progressPercents(
        this.dataSource.manager,
        enrolments.map((e) => ({ userId: e.userId, courseId: e.courseId })),
      ),
    ]);
    return enrolments.map((enrolment) => {
      const person = people.get(enrolment.userId);
      const cohort = cohorts.find((c) => c.id === enrolment.cohortId);
      return {
        id: enrolment.id,
        cohortId: enrolment.cohortId,
        courseId: enrolment.courseId,
        user: {
          id: enrolment.userId,
          fullName: person?.fullName ?? '',
          email: person?.email ?? '',
          nip: person?.nip ?? null,
        },
        status: enrolment.status,
        enrolledAt: enrolment.enrolledAt.toISOString(),
        endsAt: (enrolment.endsAt ?? cohort?.endsAt ?? enrolment.enrolledAt).toISOString(),
        completedAt: enrolment.completedAt?.toISOString() ?? null,
        progressPercent: progress.get(`${enrolment.userId}:${enrolment.courseId}`) ?? 0,
      };
    });
  }

  /** All or nothing: when a row is refused, the good rows are held back too, and say so. */
  private report(rows: EnrolmentRowResult[], locale: Locale): EnrolmentReport {
    const committed = rows.every((row) => row.status === 'enrolled');
    const heldBack = translate(locale, 'enrolments.rowHeldBack');
    const results = rows.map(
      ({ row, email, userId, status, reason }): EnrolmentRowResult =>
        committed || status === 'rejected'
          ? { row, email, userId, status, reason }
          : { row, email, userId, status: 'skipped', reason: heldBack },
    );
    return {
      committed,
      enrolled: committed ? rows.length : 0,
      rejected: committed ? 0 : rows.filter((row) => row.status === 'rejected').length,
      rows: results,
    };
  }

  private async resolveUsers(requested: RequestedRow[]): Promise<Map<string, DirectoryUser>> {
    const byId = await this.directory.byIds(requested.flatMap((r) => (r.userId ? [r.userId] : [])));
    const emails = requested.flatMap((r) =>
      r.email && emailSchema.safeParse(r.email).success ? [r.email.trim().toLowerCase()] : [],
    );
    const byEmail = await this.directory.byEmails(emails);
    const users = new Map<string, DirectoryUser>();
    for (const request of requested) {
      if (request.userId && byId.has(request.userId))
        users.set(request.userId, byId.get(request.userId) as DirectoryUser);
      if (request.email && byEmail.has(request.email.trim().toLowerCase())) {
        users.set(request.email, byEmail.get(request.email.trim().toLowerCase()) as DirectoryUser);
      }
    }
    return users;
  }

  private async lockCohort(manager: EntityManager, cohortId: string): Promise<CohortEntity> {
    const cohort = await manager
      .getRepository(CohortEntity)
      .findOne({ where: { id: cohortId }, lock: { mode: 'pessimistic_write' } });
    if (!cohort) throw new AppError(404, 'cohorts.notFound');
    return cohort;
  }

  /** `leaves`: the person leaves the enrolment's cohort (withdrawn, moved), told to other domains after the commit. */
  private async transition(
    enrolmentId: string,
    from: EnrolmentStatus[],
    refusal: string,
    work: (manager: EntityManager, enrolment: EnrolmentEntity) => Promise<void>,
    leaves?: 'leaves',
  ): Promise<EnrolmentSummary> {
    const before = await this.dataSource.transaction(async (manager) => {
      const enrolment = await manager
        .getRepository(EnrolmentEntity)
        .findOne({ where: { id: enrolmentId }, lock: { mode: 'pessimistic_write' } });
      if (!enrolment) throw new AppError(404, 'enrolments.notFound');
      if (!from.includes(enrolment.status)) throw new AppError(409, refusal);
      await work(manager, enrolment);
      return enrolment;
    });
    if (leaves) {
      await this.events.emit({ userId: before.userId, courseId: before.courseId, cohortId: before.cohortId });
    }
    return this.summary(enrolmentId);
  }
}
