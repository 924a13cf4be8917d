import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserDirectoryService } from '@bina-pustaka/api-identity';
import { CourseAudienceService, LearningDemoSeederService } from '@bina-pustaka/api-learning';
import type { WebinarStaffRole } from '@bina-pustaka/shared-contracts';
import { DataSource } from 'typeorm';
import { WebinarVisitEntity } from '../entities/webinar-attendance.entity';
import {
  WebinarRegistrationEntity,
  WebinarSessionEntity,
  WebinarStaffEntity,
} from '../entities/webinar-session.entity';
import { WebinarSettlementService } from '../attendance/webinar-settlement.service';
import { WebinarRemindersService } from '../sessions/webinar-reminders.service';

const minutes = (n: number) => new Date(Date.now() + n * 60_000);

/**
 * The demo library's webinars: a clinic for the RDA cohort starting soon, a public book
 * launch open to registration, and last week's session with its settled attendance ledger.
 */
@Injectable()
export class WebinarDemoSeederService implements OnApplicationBootstrap {
  private readonly logger = new Logger(WebinarDemoSeederService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly learning: LearningDemoSeederService,
    private readonly directory: UserDirectoryService,
    private readonly audience: CourseAudienceService,
    private readonly reminders: WebinarRemindersService,
    private readonly settlement: WebinarSettlementService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!(await this.learning.ensureSeeded())) return;
    const people = await this.directory.byEmails([
      'koordinator@perpustakaan.test',
      'pelatih.siti@perpustakaan.test',
      'pelatih.agus@perpustakaan.test',
      'dewi.lestari@perpustakaan.test',
      'budi.santoso@perpustakaan.test',
      'ayu.pratiwi@perpustakaan.test',
    ]);
    const id = (email: string) => people.get(`${email}@perpustakaan.test`)?.id as string;
    const [rdaCohort] = await this.audience.cohortsNamed('Angkatan 1 Tahun 2026');
    const sessions = this.dataSource.getRepository(WebinarSessionEntity);
    const base = {
      timeZone: 'Asia/Jakarta',
      capacity: null,
      requireAdmission: false,
      openedAt: null,
      endedAt: null,
      createdById: id('koordinator'),
    };
    const staff = async (sessionId: string, members: [string, WebinarStaffRole][]) =>
      this.dataSource
        .getRepository(WebinarStaffEntity)
        .insert(members.map(([email, role]) => ({ sessionId, userId: id(email), role })));

    const clinic = await sessions.save({
      ...base,
      title: 'Klinik Katalogisasi RDA: Tanya Jawab Langsung',
      description: 'Bawa contoh cantuman Anda. Bu Siti membahas kasus-kasus RDA yang sering membingungkan.',
      courseId: rdaCohort?.courseId ?? null,
      audience: rdaCohort ? 'cohort' : 'registered',
      cohortId: rdaCohort?.id ?? null,
      startsAt: minutes(60),
      durationMinutes: 90,
      jp: 2,
      status: 'scheduled',
    });
    await staff(clinic.id, [
      ['pelatih.siti', 'host'],
      ['koordinator', 'moderator'],
    ]);

    const launch = await sessions.save({
      ...base,
      title: 'Peluncuran Buku: Jejak Perpustakaan Kota Kita',
      description: 'Bincang buku bersama penulis dan pustakawan senior. Terbuka untuk umum, daftar terlebih dahulu.',
      courseId: null,
      audience: 'registered',
      cohortId: null,
      startsAt: minutes(3 * 24 * 60),
      durationMinutes: 60,
      jp: 1,
      capacity: 200,
      requireAdmission: true,
      status: 'scheduled',
    });
    await staff(launch.id, [
      ['koordinator', 'host'],
      ['pelatih.agus', 'presenter'],
    ]);
    await this.dataSource
      .getRepository(WebinarRegistrationEntity)
      .insert({ sessionId: launch.id, userId: id('budi.santoso') });

    const past = await sessions.save({
      ...base,
      title: 'Etika Layanan Referensi di Era Digital',
      description: 'Sesi daring untuk semua pustakawan.',
      courseId: null,
      audience: 'registered',
      cohortId: null,
      startsAt: minutes(-7 * 24 * 60),
      durationMinutes: 60,
      jp: 1,
      status: 'ended',
      openedAt: minutes(-7 * 24 * 60 - 5),
      endedAt: minutes(-7 * 24 * 60 + 62),
    });
    await staff(past.id, [['pelatih.agus', 'host']]);
    const visit = (email: string, role: 'host' | 'attendee', from: number, to: number) => ({
      sessionId: past.id,
      userId: id(email),
      role,
      joinedAt: minutes(-7 * 24 * 60 + from),
      leftAt: minutes(-7 * 24 * 60 + to),
      seenAt: minutes(-7 * 24 * 60 + to),
    });
    await this.dataSource
      .getRepository(WebinarVisitEntity)
      .save([
        visit('pelatih.agus', 'host', -5, 62),
        visit('dewi.lestari', 'attendee', 1, 30),
        visit('dewi.lestari', 'attendee', 31, 60),
        visit('ayu.pratiwi', 'attendee', 10, 45),
      ]);
    await this.dataSource
      .getRepository(WebinarRegistrationEntity)
      .insert(['dewi.lestari', 'ayu.pratiwi'].map((email) => ({ sessionId: past.id, userId: id(email) })));
    await this.settlement.settle(past);

    await this.reminders.schedule(clinic);
    await this.reminders.schedule(launch);
    this.logger.log('Seeded demo webinars (an RDA clinic in an hour, a book launch, last week’s ledger)');
  }
}
