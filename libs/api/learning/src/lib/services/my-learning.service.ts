import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditTrailService } from '@bina-pustaka/api-audit';
import { APP_CONFIG, toCsv, translate, type AppConfig, type Principal } from '@bina-pustaka/api-platform';
import type { JpLedger, Locale, MyLearning } from '@bina-pustaka/shared-contracts';
import { DEFAULT_TIME_ZONE, formatDate } from '@bina-pustaka/shared-util';
import { DataSource, In } from 'typeorm';
import { CohortEntity, EnrolmentEntity } from '../entities/cohort.entity';
import { CourseEntity } from '../entities/course.entity';
import { CourseCompletionEntity, JpLedgerEntryEntity } from '../entities/progress.entity';
import { FilesService } from './files.service';
import { progressPercents } from './enrolment-rules';

/** The current year as Indonesians count it (the year turns at midnight WIB, not UTC). */
const currentYear = () =>
  Number(new Intl.DateTimeFormat('en', { timeZone: DEFAULT_TIME_ZONE, year: 'numeric' }).format(new Date()));

const formatJp = (jp: number, locale: Locale) =>
  new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 2 }).format(jp);

@Injectable()
export class MyLearningService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly files: FilesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditTrailService,
  ) {}

  async overview(actor: Principal): Promise<MyLearning> {
    const enrolments = await this.dataSource.getRepository(EnrolmentEntity).find({
      where: { userId: actor.userId, status: In(['pending', 'active']) },
      order: { enrolledAt: 'DESC' },
    });
    const completions = await this.dataSource.getRepository(CourseCompletionEntity).find({
      where: { userId: actor.userId },
      order: { completedAt: 'DESC' },
    });
    const courseIds = [...enrolments.map((e) => e.courseId), ...completions.map((c) => c.courseId)];
    const [courses, cohorts, progress] = await Promise.all([
      courseIds.length ? this.dataSource.getRepository(CourseEntity).findBy({ id: In(courseIds) }) : [],
      enrolments.length
        ? this.dataSource.getRepository(CohortEntity).findBy({ id: In(enrolments.map((e) => e.cohortId)) })
        : [],
      progressPercents(
        this.dataSource.manager,
        enrolments.map((e) => ({ userId: actor.userId, courseId: e.courseId })),
      ),
    ]);
    const covers = await this.files.describeMany(
      courses.map((c) => c.coverFileId),
      actor.userId,
    );
    const course = (id: string) => courses.find((c) => c.id === id) as CourseEntity;
    const cohort = (id: string) => cohorts.find((c) => c.id === id) as CohortEntity;
    const now = new Date();
    return {
      current: enrolments.map((enrolment) => ({
        courseId: enrolment.courseId,
        title: course(enrolment.courseId).title,
        cohortName: cohort(enrolment.cohortId).name,
        progressPercent: progress.get(`${actor.userId}:${enrolment.courseId}`) ?? 0,
        endsAt: (enrolment.endsAt ?? cohort(enrolment.cohortId).endsAt).toISOString(),
        status: enrolment.status,
        cover: covers.get(course(enrolment.courseId).coverFileId ?? '') ?? null,
      })),
      completed: completions.map((completion) => ({
        courseId: completion.courseId,
        title: course(completion.courseId).title,
        completedAt: completion.completedAt.toISOString(),
        jp: completion.jp,
      })),
      upcoming: enrolments
        .filter((enrolment) => cohort(enrolment.cohortId).startsAt > now)
        .map((enrolment) => ({
          courseId: enrolment.courseId,
          title: course(enrolment.courseId).title,
          cohortName: cohort(enrolment.cohortId).name,
          startsAt: cohort(enrolment.cohortId).startsAt.toISOString(),
        }))
        .sort((a, b) => a.startsAt.localeCompare(b.startsAt)),
    };
  }

  /** Learning hours of one year (in WIB), against the yearly target. */
  async ledger(actor: Principal, year = currentYear()): Promise<JpLedger> {
    const entries = await this.dataSource
      .getRepository(JpLedgerEntryEntity)
      .createQueryBuilder('entry')
      .where('entry.userId = :userId', { userId: actor.userId })
      .andWhere(`entry.earnedAt >= make_timestamptz(:year, 1, 1, 0, 0, 0, :zone)`, { year, zone: DEFAULT_TIME_ZONE })
      .andWhere(`entry.earnedAt < make_timestamptz(:next, 1, 1, 0, 0, 0, :zone)`, { next: year + 1 })
      .orderBy('entry.earnedAt', 'ASC')
      .getMany();
    return {
      year,
      target: this.config.learning.jpTargetPerYear,
      earned: Math.round(entries.reduce((sum, entry) => sum + entry.jp, 0) * 100) / 100,
      entries: entries.map((entry) => ({
        id: entry.id,
        earnedAt: entry.earnedAt.toISOString(),
        title: entry.title,
        jp: entry.jp,
        source: entry.source,
        sourceId: entry.sourceId,
      })),
    };
  }

  async ledgerCsv(
    actor: Principal,
    year: number | undefined,
    locale: Locale,
  ): Promise<{ fileName: string; body: string }> {
    const ledger = await this.ledger(actor, year);
    const t = (key: string) => translate(locale, key);
    const rows = ledger.entries.map((entry) => [
      formatDate(entry.earnedAt, locale),
      entry.title,
      t(`ledger.source.${entry.source}`),
      formatJp(entry.jp, locale),
    ]);
    const body = toCsv([[t('ledger.date'), t('ledger.activity'), t('ledger.source'), t('ledger.jp')], ...rows], {
      bom: true,
    });
    await this.audit.record({
      action: 'export.personal_data',
      actor,
      subject: { type: 'user', id: actor.userId, label: actor.user.fullName },
      details: { report: 'jp-ledger', rows: rows.length, year: ledger.year },
    });
    return { fileName: `rekap-jp-${ledger.year}.csv`, body };
  }
}
